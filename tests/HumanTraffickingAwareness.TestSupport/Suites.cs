using System.Reflection;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>
/// The suites <c>dotnet test --filter Suite=...</c> selects, named by a class-level <c>[Trait("Suite", ...)]</c>
/// (chosen under xunit 2, which had no assembly-level trait; xunit v3 has one): InProcess (this project), Browser (the
/// browser project) and Export (the tests that serve the static export with nginx, in either project, which keep
/// their first suite too).
/// </summary>
public static class Suites
{
    /// <summary>The test classes of <paramref name="assembly"/> that do not say they belong to <paramref
    /// name="suite"/>.</summary>
    public static IEnumerable<string> ClassesOutside(Assembly assembly, string suite) =>
        assembly.GetTypes()
            .Where(type => type.GetMethods().Any(method => method.IsDefined(typeof(FactAttribute), inherit: true)))
            .Where(type => !type.GetCustomAttributesData().Any(trait => trait.AttributeType == typeof(TraitAttribute)
                && trait.ConstructorArguments[0].Value as string == "Suite"
                    && trait.ConstructorArguments[1].Value as string == suite))
            .Select(type => type.FullName!)
            .Order();
}
