# syntax=docker/dockerfile:1
# Build stage: the bot and the engine, tests skipped (CI runs them); only the runnable jar leaves this stage.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY digest/pom.xml digest/pom.xml
COPY bot/pom.xml bot/pom.xml
# The reactor lists the bench module; only bot and what it needs are built here (-pl bot -am).
COPY bench/pom.xml bench/pom.xml
RUN mvn -B -q -DskipTests -pl bot -am dependency:go-offline || true
COPY digest digest
COPY bot bot
RUN mvn -B -q -DskipTests -pl bot -am package

# Runtime stage: a JRE, a non-root user, configuration and data as volumes.
FROM eclipse-temurin:17-jre
RUN groupadd --system newsdigest && useradd --system --gid newsdigest --home-dir /app newsdigest \
    && mkdir -p /app/config /app/data && chown -R newsdigest:newsdigest /app
WORKDIR /app
COPY --from=build /src/bot/target/newsdigest.jar /app/newsdigest.jar
COPY --chown=newsdigest:newsdigest config/ /app/config/
USER newsdigest
VOLUME ["/app/config", "/app/data"]
ENV JAVA_TOOL_OPTIONS="-Dfile.encoding=UTF-8 -XX:MaxRAMPercentage=75"
EXPOSE 8080
# /healthz is served by the bot's HTTP server (http.port, 8080 by default).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["java", "-jar", "/app/newsdigest.jar", "healthcheck", "--url", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["java", "-jar", "/app/newsdigest.jar"]
CMD ["run", "--config", "/app/config"]
