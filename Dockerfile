# Build and run the portal. The same image runs the command-line verbs:
#   docker compose run --rm portal migrate
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/AmnestyArchive.Core/AmnestyArchive.Core.csproj src/AmnestyArchive.Core/
COPY src/AmnestyArchive.Web/AmnestyArchive.Web.csproj src/AmnestyArchive.Web/
RUN dotnet restore src/AmnestyArchive.Web/AmnestyArchive.Web.csproj
COPY src/ src/
RUN dotnet publish src/AmnestyArchive.Web/AmnestyArchive.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY seeds/ /app/seeds/
ENV ASPNETCORE_URLS=http://+:8080 \
    Archive__SeedsPath=/app/seeds
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "AmnestyArchive.Web.dll"]
