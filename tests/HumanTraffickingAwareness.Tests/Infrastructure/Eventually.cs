namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>Waits for something the site does in the background, such as a reload after a file is saved.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what,
        int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        T value;
        do
        {
            value = await probe();
            if (done(value))
            {
                return value;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"Timed out after {timeoutMs} ms waiting for: {what}");
        return value;
    }
}
