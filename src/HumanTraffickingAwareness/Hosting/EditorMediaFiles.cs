using HumanTraffickingAwareness.Content;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// Serves content/media/ at /media/ with the framework's static file middleware (type, ETag, Last-Modified, ranges):
/// only the kinds of file in <see cref="EditorMedia"/>, never a folder listing, never a file whose real path is
/// outside the folder. The folder is looked up on each request, so it may appear, vanish or be replaced at any time.
/// </summary>
public sealed class EditorMediaFiles(string contentRoot) : IFileProvider
{
    private readonly string _folder = Path.Combine(contentRoot, EditorMedia.Folder);

    public IFileInfo GetFileInfo(string subpath)
    {
        if (!Directory.Exists(_folder) || !EditorMedia.IsServed(subpath))
        {
            return new NotFoundFileInfo(subpath);
        }

        using var files = new PhysicalFileProvider(_folder);
        var file = files.GetFileInfo(subpath);
        return file is { Exists: true, PhysicalPath: { } path } && IsInside(path) ? file : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    // A link inside content/media/ to a file elsewhere is served only if it really leads back into the folder.
    private bool IsInside(string path)
    {
        var real = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        var folder = new DirectoryInfo(_folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(_folder);
        return real.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);
    }
}

public static class EditorMediaExtensions
{
    public static IApplicationBuilder UseEditorMedia(this IApplicationBuilder app, string contentRoot)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings.Clear();
        foreach (var (extension, type) in EditorMedia.ContentTypes)
        {
            types.Mappings[extension] = type;
        }

        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EditorMediaFiles(contentRoot),
            RequestPath = EditorMedia.UrlPrefix.TrimEnd('/'),
            ContentTypeProvider = types,
        });
    }
}
