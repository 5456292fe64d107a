package io.autopilotmock.twilio;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC set up to speak Twilio's dialect: JSON whatever the {@code Accept} header,
 * form bodies only, and the caller's account, resource references and forms as controller
 * arguments.
 */
@Configuration(proxyBeanMethods = false)
class TwilioWebConfiguration implements WebMvcConfigurer {

	private static final String API = "/v1/**";

	private final AccountResolver accounts;

	TwilioWebConfiguration(AccountResolver accounts) {
		this.accounts = accounts;
	}

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.ignoreAcceptHeader(true).defaultContentType(MediaType.APPLICATION_JSON);
	}

	/**
	 * No JAXB converter: Hibernate puts JAXB on the class path, and Spring MVC would then
	 * ask it about every answer written, looking for an annotation none of ours has.
	 */
	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.removeIf(Jaxb2RootElementHttpMessageConverter.class::isInstance);
	}

	/**
	 * Authentication first, before any handler is looked up, so that nothing else is
	 * revealed to a refused caller. The API only: health probes and the error page need
	 * no account.
	 */
	@Bean
	FilterRegistrationBean<AccountFilter> accountFilter() {
		FilterRegistrationBean<AccountFilter> registration = new FilterRegistrationBean<>(
				new AccountFilter(this.accounts));
		registration.addUrlPatterns("/v1/*");
		// A request a fault delayed reaches the application in an asynchronous dispatch.
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ContentTypeGuard());
		registry.addInterceptor(new FormBodyGuard()).addPathPatterns(API);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new AccountArgumentResolver());
		resolvers.add(new PathRefArgumentResolver());
		resolvers.add(new FormArgumentResolver());
	}

	private static final class AccountArgumentResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == Account.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
			Object account = request.getAttribute(AccountFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
			if (account == null) {
				throw new IllegalStateException("No account resolved for this request");
			}
			return account;
		}

	}

	private static final class PathRefArgumentResolver implements HandlerMethodArgumentResolver {

		/**
		 * Where each route has each variable: as many entries as routes and variables, so
		 * each is worked out once.
		 */
		private final Map<String, Integer> segments = new ConcurrentHashMap<>();

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.hasParameterAnnotation(PathRef.class);
		}

		@Override
		public String resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
			HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
			String variable = "{" + parameter.getParameterAnnotation(PathRef.class).value() + "}";
			String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
			int index = this.segments.computeIfAbsent(pattern + " " + variable,
					(key) -> Arrays.asList(pattern.split("/")).indexOf(variable));
			String[] raw = request.getRequestURI().substring(request.getContextPath().length()).split("/");
			if (index < 0 || index >= raw.length) {
				throw new IllegalStateException("No " + variable + " in " + pattern);
			}
			try {
				return URLDecoder.decode(raw[index], StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				throw new ResourceNotFoundException();
			}
		}

	}

}
