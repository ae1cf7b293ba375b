# Headwater's image: built from this checkout with the Maven wrapper (first stage), run on a JRE (second stage).
# docker-compose.yml uses it; on its own: docker build -t headwater . && docker run -p 127.0.0.1:8080:8080 headwater
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY cypher/ cypher/
COPY src/main/ src/main/
RUN ./mvnw -B -q -Dmaven.test.skip=true package

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /var/lib/headwater headwater
COPY --from=build /src/target/headwater.jar /app/headwater.jar
USER headwater
WORKDIR /var/lib/headwater
# The embedded database (when no NEO4J_URI is given), the write token and the reuse index live here. The REST server
# listens on every interface of the container: which of them the host exposes is the port mapping's choice.
ENV HEADWATER_DB=/var/lib/headwater HEADWATER_ADDRESS=0.0.0.0
VOLUME /var/lib/headwater
EXPOSE 8080
# The jar's Main-Class is the command line (io.headwater.cli.HeadwaterCommand): serve, ingest, trace, ...
ENTRYPOINT ["java", "-jar", "/app/headwater.jar"]
CMD ["serve", "--port", "8080"]
