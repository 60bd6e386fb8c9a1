using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

[Trait("Suite", "Browser")]
public sealed class SuiteTraitTests
{
    [Fact]
    public void Every_test_class_is_in_the_browser_suite_so_the_fast_filter_leaves_it_out()
    {
        Assert.Empty(Suites.ClassesOutside(typeof(SuiteTraitTests).Assembly, "Browser"));
    }
}
