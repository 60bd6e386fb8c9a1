using HumanTraffickingAwareness.Content;

namespace HumanTraffickingAwareness.Pages.Shared;

/// <summary>The hotline sentence of _HotlineHelp, after a lead-in that fits the page ("If you need help now,").</summary>
public sealed record HotlineHelp(SiteSettings Site, string LeadIn);
