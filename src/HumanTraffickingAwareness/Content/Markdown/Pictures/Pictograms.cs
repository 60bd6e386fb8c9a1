namespace HumanTraffickingAwareness.Content.Markdown.Pictures;

/// <summary>
/// One picture drawn for this site, for <c>{{ picture NAME }}</c> on an Easy Read page: simple lines on a 24 × 24 grid,
/// drawn in the text's own colour (currentColor), so a contrast theme and a black-and-white printer draw it as they
/// draw the words. Never a photograph, never a person in fear.
/// </summary>
/// <param name="Drawing">SVG shapes for inside the picture's <c>&lt;svg&gt;</c>: ours, never an editor's.</param>
/// <param name="Names">What the picture shows, by language code, read aloud in place of it.</param>
public sealed record Pictogram(string Name, string Drawing, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>Its name in the page's language; in English for a language that has no Easy Read pages yet.</summary>
    public string NameIn(string languageCode) =>
        Names.GetValueOrDefault(languageCode) ?? Names[Pictograms.DefaultLanguage];
}

/// <summary>
/// Every picture an Easy Read page can use, by the name an editor writes. A new one needs a drawing and its name in
/// English and Spanish (the languages Easy Read pages are written in); a test holds each to it.
/// </summary>
public static class Pictograms
{
    public const string DefaultLanguage = "en";

    public static IReadOnlyList<Pictogram> All { get; } =
    [
        New("emergency", "Emergency light", "Luz de emergencia",
            "<path d=\"M7 17v-5a5 5 0 0 1 10 0v5M5 17h14v4H5zM12 2v2M4.5 5.5l1.4 1.4M19.5 " +
                "5.5l-1.4 1.4M2 12h2M20 12h2\"/>"),
        New("phone", "Phone call", "Llamada de teléfono",
            "<path d=\"M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 " +
                "0 1 3 5a2 2 0 0 1 2-2z\"/>"),
        New("text-message", "Text message", "Mensaje de texto",
            "<path d=\"M4 4h16v12H9l-5 4zM8.5 10h.01M12 10h.01M15.5 10h.01\"/>"),
        New("chat", "Chat on a computer", "Chat en una computadora",
            "<rect x=\"4\" y=\"4\" width=\"16\" height=\"11\" rx=\"1\"/><path d=\"M2 19h20M8 8h8M8 11h5\"/>"),
        New("clock", "Clock", "Reloj", "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M12 7v5l3 2\"/>"),
        New("free", "Money crossed out: free", "Dinero tachado: gratis",
            "<rect x=\"2\" y=\"6\" width=\"20\" height=\"12\" rx=\"2\"/><circle " +
                "cx=\"12\" cy=\"12\" r=\"2.5\"/><path d=\"M3 3l18 18\"/>"),
        New("money", "Money", "Dinero",
            "<rect x=\"2\" y=\"6\" width=\"20\" height=\"12\" rx=\"2\"/><circle cx=\"12\" cy=\"12\" r=\"2.5\"/><path " +
                "d=\"M6 9h.01M18 15h.01\"/>"),
        New("name", "Name badge", "Tarjeta con un nombre",
            "<rect x=\"3\" y=\"6\" width=\"18\" height=\"13\" rx=\"2\"/><circle " +
                "cx=\"8.5\" cy=\"11.5\" r=\"2\"/><path d=\"M5.5 16a3 3 0 0 1 6 0M14 10.5h4M14 14h3\"/>"),
        New("language", "Two people talking", "Dos personas que hablan",
            "<path d=\"M3 3h11v8H7.5L3 14.5zM17 8h4v10.5L17 16h-6v-3\"/>"),
        New("keyboard", "Keyboard", "Teclado",
            "<rect x=\"2\" y=\"7\" width=\"20\" height=\"11\" rx=\"2\"/><path d=\"M6 11h.01M10 11h.01M14 " +
                "11h.01M18 11h.01M7 14.5h10\"/>"),
        New("helper", "A helper with a headset", "Una persona que ayuda, con auriculares",
            "<circle cx=\"12\" cy=\"9\" r=\"4\"/><path d=\"M4 21a8 8 0 0 1 16 0M6.5 9a5.5 5.5 0 0 1 " +
                "11 0v2a2 2 0 0 1-2 2H13\"/>"),
        New("choice", "A signpost", "Un letrero con caminos",
            "<path d=\"M12 3v18M8 21h8M12 5h7l2 2.5-2 2.5h-7M12 12H5l-2 2.5L5 17h7\"/>"),
        New("house", "House", "Casa", "<path d=\"M3 11l9-7 9 7M5 9.5V20h14V9.5M10 20v-6h4v6\"/>"),
        New("door", "Open door", "Puerta abierta",
            "<path d=\"M3 21h18M6 21V3h9M15 3l4 2v16M15 3v18M12.5 12h.01\"/>"),
        New("cannot-leave", "A person next to a locked door", "Una persona junto a una puerta cerrada con llave",
            "<circle cx=\"6.5\" cy=\"7\" r=\"2.5\"/><path d=\"M3 20v-5a3.5 3.5 0 0 1 7 0v5M13 21V3h8v18M15 " +
                "12h4v3.5h-4zM15.8 12v-1a1.2 1.2 0 0 1 2.4 0v1\"/>"),
        New("passport", "Passport", "Pasaporte",
            "<rect x=\"5\" y=\"2\" width=\"14\" height=\"20\" rx=\"2\"/><circle " +
                "cx=\"12\" cy=\"10\" r=\"3.5\"/><path d=\"M8.5 10h7M9 17h6\"/>"),
        New("passport-held", "A hand holding a passport", "Una mano que tiene un pasaporte",
            "<rect x=\"8\" y=\"2\" width=\"10\" height=\"12\" rx=\"1.5\"/><circle " +
                "cx=\"13\" cy=\"7\" r=\"2.2\"/><path d=\"M2 15h4l3 2h5a1.5 1.5 0 0 1 0 3H9M14 18.5l5-2.5a1.5 " +
                "1.5 0 0 1 2 2.2L15 22H2\"/>"),
        New("child", "Child", "Niño o niña",
            "<circle cx=\"12\" cy=\"7\" r=\"4\"/><path d=\"M8.5 21v-3.5a3.5 3.5 0 0 1 7 0V21M9 " +
                "14.5l-3-2.5M15 14.5l3-2.5\"/>"),
        New("work", "Work bag", "Maletín de trabajo",
            "<rect x=\"3\" y=\"7\" width=\"18\" height=\"13\" rx=\"2\"/><path d=\"M9 7V5a1 1 0 0 1 1-1h4a1 " +
                "1 0 0 1 1 1v2M3 13h18\"/>"),
        New("threat", "Speech bubble with a warning sign", "Globo de diálogo con una señal de alerta",
            "<path d=\"M3 4h18v12H10l-4 4v-4H3zM12 7.5v4M12 13.5h.01\"/>"),
        New("eye", "Eye", "Ojo",
            "<path d=\"M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z\"/><circle cx=\"12\" cy=\"12\" r=\"3\"/>"),
        New("phone-history", "Phone with a list of calls", "Teléfono con una lista de llamadas",
            "<rect x=\"6\" y=\"2\" width=\"12\" height=\"20\" rx=\"2\"/><path d=\"M9 7h6M9 " +
                "10.5h6M9 14h4M11 18.5h2\"/>"),
        New("shield", "Shield", "Escudo", "<path d=\"M12 3l8 3v6c0 4.5-3.4 8-8 9-4.6-1-8-4.5-8-9V6z\"/>"),
        New("question", "Question mark", "Signo de pregunta",
            "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 " +
                ".9-1 1.5v.7M12 17h.01\"/>"),
        New("stop", "Stop sign", "Señal de alto", "<path d=\"M8 3h8l5 5v8l-5 5H8l-5-5V8zM8 12h8\"/>"),
        New("tired", "A tired face", "Una cara cansada",
            "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M7.5 10h3M13.5 10h3M9.5 16h5\"/>"),
        New("worried", "A worried face", "Una cara preocupada",
            "<circle cx=\"12\" cy=\"12\" r=\"9\"/><path d=\"M9 9.5h.01M15 9.5h.01M8.5 16.5c1.5-2 5.5-2 7 0\"/>"),
        New("book", "Book", "Libro",
            "<path d=\"M2 5h7a3 3 0 0 1 3 3v12a2 2 0 0 0-2-2H2zM22 5h-7a3 3 0 0 0-3 3v12a2 2 0 0 1 2-2h8z\"/>"),
        New("gift", "Gift", "Regalo",
            "<path d=\"M3 9h18v4H3zM5 13v8h14v-8M12 9v12M12 9C10 9 8 8 8 6s3-2 4 3c1-5 4-5 4-3s-2 3-4 3\"/>"),
        New("talk", "Speech bubble", "Globo de diálogo", "<path d=\"M4 4h16v12H9l-5 4z\"/>"),
    ];

    public static Pictogram? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static Pictogram New(string name, string english, string spanish, string drawing) =>
        new(name, drawing, new Dictionary<string, string> { [DefaultLanguage] = english, ["es"] = spanish });
}
