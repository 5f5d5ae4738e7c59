# Design Coach container image.
# Base images are build arguments so that a company (or an offline build) can substitute its own:
#   buildah bud --isolation=chroot --network=host \
#     --build-arg BUILD_IMAGE=localhost/dc-build --build-arg RUNTIME_IMAGE=localhost/dc-runtime -t design-coach .
# The build image needs JDK 21+ (and Node 24 on PATH where Vaadin cannot download it);
# the runtime image needs a JRE 21+.
ARG BUILD_IMAGE=docker.io/library/eclipse-temurin:25-jdk
ARG RUNTIME_IMAGE=docker.io/library/eclipse-temurin:25-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline -DexcludeArtifactIds=playwright || true
COPY src src
COPY frontend frontend
COPY content content
COPY db db
RUN ./mvnw -B -DskipTests package \
    && cp target/design-coach-*.jar /build/design-coach.jar

FROM ${RUNTIME_IMAGE}
# A fixed, unprivileged user: numeric, so it works on bases without useradd.
ARG APP_UID=10001
WORKDIR /app
COPY --from=build /build/design-coach.jar /app/design-coach.jar
COPY src/main/docker/HealthCheck.java /app/HealthCheck.java
RUN mkdir -p /data && chown ${APP_UID}:${APP_UID} /data
USER ${APP_UID}:${APP_UID}
ENV DESIGNCOACH_DATA_DIR=/data \
    PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["java", "/app/HealthCheck.java"]
ENTRYPOINT ["java", "-jar", "/app/design-coach.jar"]
