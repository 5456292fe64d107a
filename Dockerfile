# Builds with BuildKit, Docker's classic builder and buildah alike: no syntax directive (it
# would fetch a frontend image) and no BuildKit-only flags such as COPY --chmod or RUN --mount.

# The Java modules the service uses, as `jdeps --print-module-deps --ignore-missing-deps
# --multi-release 25` finds them in the extracted jar and its libraries (java.desktop is
# java.beans, which Spring reads beans with). The build stage below fails if jdeps ever finds
# one that is not here, so a dependency upgrade cannot leave the runtime short of a module.
# What jdeps cannot see was checked at run time by logging which module every class loaded
# by the service came from (-Xshare:off -Xlog:class+load) through the training requests, the
# Prometheus scrape, event deliveries and the control surface: all of them are in this
# runtime, except security providers the JDK only lists (PKCS#11, smart cards, XML
# signatures, Kerberos SASL) and the MXBean of JFR's management module, none of which the
# service calls.
ARG JAVA_MODULES=java.base,java.compiler,java.desktop,java.instrument,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.sql.rowset,jdk.jfr,jdk.management,jdk.net,jdk.unsupported

# A runtime of only those modules: 65 MB instead of the full JDK's 300. The module file is
# compressed; the classes the service loads come from the AOT cache instead, so start-up
# reads it little. Java debug attributes are stripped, not native symbols (--strip-debug
# would run objcopy, which the JDK image lacks, for no gain: Temurin ships its libraries
# without debug information). This stage depends on nothing of the project's: it stays cached.
FROM eclipse-temurin:25-jdk AS runtime
ARG JAVA_MODULES
RUN jlink --add-modules "$JAVA_MODULES" --strip-java-debug-attributes --no-man-pages --no-header-files --compress=zip-6 \
      --output /runtime

# Build with the project's own wrapper. Maven, the plugins and the dependencies are a layer
# of their own that only a change to pom.xml or the wrapper rebuilds; the package step then
# runs offline (-o), so a source change downloads nothing, and a build that would fails.
FROM eclipse-temurin:25-jdk AS build
ARG JAVA_MODULES
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
# go-offline alone leaves out some transitive test dependencies that package resolves
# (-DskipTests skips the tests, not their dependencies): resolve names every one.
RUN ./mvnw -B -q dependency:go-offline dependency:resolve
COPY src src
RUN ./mvnw -B -q -o package -DskipTests \
    && java -Djarmode=tools -jar target/autopilot-mock.jar extract --destination /app \
    && used=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 25 --class-path '/app/lib/*' \
      /app/autopilot-mock.jar) \
    && for module in $(echo "$used" | tr , ' '); do \
      case ",$JAVA_MODULES," in *",$module,"*) ;; \
        *) echo "Dockerfile: the service now uses $module; add it to JAVA_MODULES" >&2; exit 1 ;; esac; \
    done

FROM debian:bookworm-slim
ENV JAVA_HOME=/opt/java/openjdk \
    PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8
COPY --from=runtime /runtime /opt/java/openjdk
RUN groupadd --system --gid 10001 autopilot \
    && useradd --system --uid 10001 --gid autopilot --home-dir /app --no-create-home autopilot \
    && mkdir -p /data && chown autopilot:autopilot /data
WORKDIR /app
# The libraries before the application: a layer that a source change leaves as it was.
COPY --from=build /app/lib /app/lib
COPY --from=build /app/autopilot-mock.jar /app/autopilot-mock.jar
COPY docker/start /app/start
COPY docker/healthcheck.sh /usr/local/bin/healthcheck
# Modes set here, not taken from the build context, where a checkout may have lost them.
# The JDK AOT cache must be written by the JVM that reads it, this jlink'd one: train it in
# this stage.
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
