package org.clinic.testsupport.access;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint a Spring MVC service answers: each method and path pattern of its controllers
 * ({@code RequestMappingHandlerMapping}) and of the actuator endpoints served on the same port (their handler
 * mappings are of the same kind). A mapping without a method condition answers any method, so it is walked with
 * each of {@link #ANY_METHOD}.
 */
public final class MappedEndpoints {

    static final List<String> ANY_METHOD = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private MappedEndpoints() {
    }

    public static Set<Endpoint> of(ApplicationContext context) {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping
                : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? ANY_METHOD
                        : info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
                for (String pattern : info.getPatternValues()) {
                    methods.forEach(method -> endpoints.add(new Endpoint(method, pattern)));
                }
            }
        }
        return endpoints;
    }
}
