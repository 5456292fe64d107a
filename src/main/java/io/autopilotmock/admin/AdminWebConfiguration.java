package io.autopilotmock.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import io.autopilotmock.twilio.AutopilotMockProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An {@link AdminScope} argument of a control call is the caller's scope, from its
 * credentials and the {@code account_sid} query parameter. Calls with a JSON body that
 * may name the account ask {@link AdminAccess} themselves.
 */
@Configuration(proxyBeanMethods = false)
class AdminWebConfiguration implements WebMvcConfigurer {

	static final String ACCOUNT_PARAMETER = "account_sid";

	// Looked up when first needed: a web slice test without the control surface still
	// starts.
	private final ObjectProvider<AdminAccess> access;

	private final AutopilotMockProperties properties;

	AdminWebConfiguration(ObjectProvider<AdminAccess> access, AutopilotMockProperties properties) {
		this.access = access;
		this.properties = properties;
	}

	/**
	 * Before every other interceptor: a refused caller learns nothing from a 415 or a 400
	 * about what the call would have taken.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AdminAccessInterceptor(this.access, new BodyLimits(this.properties.admin())))
			.addPathPatterns("/__admin", "/__admin/**")
			.order(Ordered.HIGHEST_PRECEDENCE);
	}

	@Bean
	FilterRegistrationBean<BodyLimitFilter> adminBodyLimit() {
		FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
				new BodyLimitFilter(new BodyLimits(this.properties.admin())));
		registration.addUrlPatterns("/__admin/*");
		return registration;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ScopeArgumentResolver());
	}

	private final class ScopeArgumentResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == AdminScope.class;
		}

		@Override
		public AdminScope resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
			HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
			return AdminWebConfiguration.this.access.getObject()
				.scope(request, request.getParameter(ACCOUNT_PARAMETER));
		}

	}

}
