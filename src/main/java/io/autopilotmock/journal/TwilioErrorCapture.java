package io.autopilotmock.journal;

import org.jspecify.annotations.Nullable;

import io.autopilotmock.twilio.TwilioError;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Notes the Twilio error a response carries, whoever wrote it in Spring MVC (the
 * exception handler, the error page), so that the journal records its code.
 */
@ControllerAdvice
class TwilioErrorCapture implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof TwilioError && request instanceof ServletServerHttpRequest servlet) {
			servlet.getServletRequest().setAttribute(JournalAttributes.ERROR, body);
		}
		return body;
	}

}
