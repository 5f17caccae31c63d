package org.clinic.booking.appointment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Booking and manage pages hold a patient's details: no cache may keep them (a shared computer's back button
 * included). Manage pages also send no Referer at all; the shared security headers set their default
 * (strict-origin-when-cross-origin) only where a response has none, so this one stands.
 */
@Configuration(proxyBeanMethods = false)
class PatientPageHeaders implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/book", "/book/**", "/manage/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().startsWith("/manage/")) {
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        return true;
    }
}
