# Builds with BuildKit, Docker's classic builder and buildah alike: no syntax directive (it
# would fetch a frontend image) and no BuildKit-only flags such as COPY --chmod.

# Build with the project's own wrapper; dependencies are a layer of their own so that a
# source change does not download them again.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
    && java -Djarmode=tools -jar target/autopilot-mock.jar extract --destination /app

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 autopilot \
    && useradd --system --uid 10001 --gid autopilot --home-dir /app --no-create-home autopilot \
    && mkdir -p /data && chown autopilot:autopilot /data
WORKDIR /app
COPY --from=build /app /app
COPY docker/start /app/start
COPY docker/healthcheck.sh /usr/local/bin/healthcheck
# Modes set here, not taken from the build context, where a checkout may have lost them.
# The JDK AOT cache must be written by the JVM that reads it: train it in this stage.
RUN chmod 0755 /app/start /usr/local/bin/healthcheck \
    && /app/start --train && chmod a+r /app/app.aot
USER autopilot
# The file profile (SPRING_PROFILES_ACTIVE=file) keeps its H2 database here.
VOLUME /data
ENV SERVER_PORT=8080 \
    AUTOPILOT_MOCK_DATA_DIR=/data
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=3 CMD ["healthcheck"]
ENTRYPOINT ["/app/start"]
