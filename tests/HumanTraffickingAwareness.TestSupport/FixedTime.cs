namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>A clock stopped at one day (noon UTC), so that which facts are due for review does not depend on the day a
/// test runs.</summary>
public sealed class FixedTime(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
