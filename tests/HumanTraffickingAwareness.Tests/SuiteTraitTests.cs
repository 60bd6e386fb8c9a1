using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests;

[Trait("Suite", "InProcess")]
public sealed class SuiteTraitTests
{
    [Fact]
    public void Every_test_class_is_in_the_in_process_suite_so_the_fast_filter_runs_it()
    {
        Assert.Empty(Suites.ClassesOutside(typeof(SuiteTraitTests).Assembly, "InProcess"));
    }
}
