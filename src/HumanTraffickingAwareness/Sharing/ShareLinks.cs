namespace HumanTraffickingAwareness.Sharing;

/// <summary>
/// Plain links that share a page by email, text message and the common social networks. They are built here, on the
/// server: no widget or script from those sites is loaded, so nothing reaches them unless the reader chooses to share.
/// </summary>
public sealed record ShareLinks(string Url, string Title)
{
    public string Email => $"mailto:?subject={Escape(Title)}&body={Escape(Title + "\n" + Url)}";

    // "?&body=" is the form both iOS and Android open prefilled.
    public string TextMessage => $"sms:?&body={Escape(Title + " " + Url)}";

    public string WhatsApp => $"https://wa.me/?text={Escape(Title + " " + Url)}";

    public string Facebook => $"https://www.facebook.com/sharer/sharer.php?u={Escape(Url)}";

    public string X => $"https://twitter.com/intent/tweet?url={Escape(Url)}&text={Escape(Title)}";

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
