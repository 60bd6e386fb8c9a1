# Build with the .NET 10 SDK; run on the smaller ASP.NET runtime image, as a non-root user, on port 8080.
#   docker build -t human-trafficking-awareness .
#   docker run --read-only -p 8080:8080 -e Site__BaseUrl=https://example.org human-trafficking-awareness
# (Site__BaseUrl, the public address, is required: canonical links, share links and the sitemap are built on it.)
# Editors can serve their own content:  -v "$PWD/content:/app/content:ro"

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The packages first, from the project files alone: an edit to content or code reuses this layer's restore.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/HumanTraffickingAwareness/HumanTraffickingAwareness.csproj src/HumanTraffickingAwareness/
# The project imports its build steps (NUglify's minification, a package to restore) from here.
COPY src/HumanTraffickingAwareness/Build/MinifiedStaticFiles.targets src/HumanTraffickingAwareness/Build/
RUN dotnet restore src/HumanTraffickingAwareness
COPY . .
# Exactly the README's publish command (CI runs it, so this step is tested even where no Docker engine runs).
RUN dotnet publish src/HumanTraffickingAwareness -c Release -o out

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /src/out .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    # No diagnostics socket in /tmp: the container runs with a read-only root filesystem.
    DOTNET_EnableDiagnostics=0
# No DOTNET_USE_POLLING_FILE_WATCHER: the site looks at its content folder every second itself (EditPoller), which
# also sees an editor's mounted content change, where file events do not arrive.
EXPOSE 8080
# The runtime image has no curl: the app checks its own /healthz, on the port set above (ASPNETCORE_HTTP_PORTS).
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["dotnet", "/app/HumanTraffickingAwareness.dll", "healthcheck"]
# The image's built-in non-root user.
USER $APP_UID
ENTRYPOINT ["dotnet", "/app/HumanTraffickingAwareness.dll"]
