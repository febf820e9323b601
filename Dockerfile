# One image recipe for the four services. From the repository root, after `./mvnw package -DskipTests`:
#
#   docker build --build-arg SERVICE=client-service --build-arg PORT=8081 -t accountable/client-service .
#
# docker-compose.yml builds all four this way. The JVM sizes its heap from the container's memory
# limit, and starts from a class-data archive trained in the image (so made by the JVM that uses it).
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24

ARG SERVICE
ARG PORT
ARG VERSION=1.0.0-SNAPSHOT
ARG REVISION=unknown

LABEL org.opencontainers.image.title="accountable-${SERVICE}" \
      org.opencontainers.image.description="Accountable ${SERVICE} (Quarkus, JVM mode)" \
      org.opencontainers.image.vendor="Accountable" \
      org.opencontainers.image.licenses="LicenseRef-Proprietary" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.base.name="registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24"

ENV LANGUAGE='en_US:en'

# The dependencies get their own layer, so a rebuild after a code change reuses it.
COPY --chown=185 ${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 ${SERVICE}/target/quarkus-app/*.jar /deployments/
COPY --chown=185 ${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --chown=185 ${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/

USER 185
WORKDIR /deployments

# The training run: the JVM starts the service and, on exit, writes the classes it loaded to an archive.
# With no database in the build the start ends at the persistence unit, after most of what a start
# loads (Quarkus, Vert.x, Arc, Hibernate, the Kafka client), so its failure is expected; the archive must
# be there. quarkus.appcds.generate is how Quarkus itself marks such a run: a start that succeeds exits
# at once. The archive is valid only for this JVM and this class path (the jar as run-java.sh names
# it, JAVA_APP_JAR), which is why it is made here and not by the build.
RUN java -XX:ArchiveClassesAtExit=/deployments/app-cds.jsa -Xlog:cds=off,cds+dynamic=off -Dquarkus.appcds.generate=true \
        -Dquarkus.log.level=ERROR -jar /deployments/quarkus-run.jar > /dev/null 2>&1; \
    test -s /deployments/app-cds.jsa

EXPOSE ${PORT}
# Sized from the container's memory limit (768 MiB in docker-compose and Kubernetes): the heap 60 % of it
# (460 MiB), the rest for metaspace (bounded), the code cache, thread stacks and Netty's direct buffers.
# run-java.sh's own ratios say the same (its default would give the heap 80 %); the options after them win.
ENV QUARKUS_HTTP_PORT=${PORT} \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED=true \
    JAVA_APP_JAR="/deployments/quarkus-run.jar" \
    JAVA_MAX_MEM_RATIO=60 \
    JAVA_INITIAL_MEM_RATIO=25 \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=60 -XX:InitialRAMPercentage=25 -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -XX:SharedArchiveFile=/deployments/app-cds.jsa -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    MALLOC_ARENA_MAX=2

# All checks, not only readiness: a service whose event consumer died is not healthy either.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fsS -o /dev/null "http://localhost:${QUARKUS_HTTP_PORT}/q/health" || exit 1

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
