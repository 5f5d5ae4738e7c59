package org.designcoach;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

class RouteAccessTest {

    private static final List<Class<? extends Annotation>> ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void everyRouteAndLayoutDeclaresWhoMayOpenIt() {
        List<Class<?>> views = annotatedWith(Route.class, Layout.class);

        assertThat(views).as("the application has routes").isNotEmpty();
        assertThat(views)
                .filteredOn(view -> ACCESS.stream().noneMatch(view::isAnnotationPresent))
                .as("routes and layouts without @AnonymousAllowed, @PermitAll, @RolesAllowed or @DenyAll")
                .isEmpty();
    }

    @SafeVarargs
    private static List<Class<?>> annotatedWith(Class<? extends Annotation>... annotations) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        Stream.of(annotations).forEach(annotation -> scanner.addIncludeFilter(new AnnotationTypeFilter(annotation)));
        return scanner.findCandidateComponents(DesignCoachApplication.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, RouteAccessTest.class.getClassLoader()))
                .toList();
    }
}
