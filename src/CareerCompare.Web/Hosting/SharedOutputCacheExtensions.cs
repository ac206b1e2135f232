using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CareerCompare.Web.Hosting;

/// <summary>
/// Where the output cache keeps its pages: in Redis, shared by every instance (the framework's
/// Microsoft.AspNetCore.OutputCaching.StackExchangeRedis store), when "Redis:Configuration" is set; otherwise in
/// this process's memory, the framework's default. A shared store means a page rendered by one instance is served by
/// all, and an eviction by tag (after an import) empties it for all.
/// </summary>
public static class SharedOutputCacheExtensions
{
    private const string MemoryStore = "memory";
    private const string RedisStore = "redis";

    /// <summary>Call after <c>AddOutputCache</c>, whose in-memory store it keeps for when Redis is not configured.</summary>
    public static IServiceCollection AddSharedOutputCacheStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RedisCacheSettings>(configuration.GetSection(RedisCacheSettings.SectionName));

        // Both stores are internal types of their packages, registered by the packages' own methods. Keep each under a
        // key and choose when the store is first asked for: settings given by tests arrive after this code runs.
        var memory = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.AddStackExchangeRedisOutputCache(_ => { });
        var redis = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.Add(Keyed(memory, MemoryStore));
        services.Add(Keyed(redis, RedisStore));
        // One connection for the framework's store and the site's own commands (the stamp, pruning the tag index).
        services.AddSingleton<SharedCacheConnection>();
        services.AddOptions<RedisOutputCacheOptions>().Configure<IOptions<RedisCacheSettings>, SharedCacheConnection>((options, settings, connection) =>
        {
            options.ConnectionMultiplexerFactory = connection.ConnectAsync;
            options.InstanceName = settings.Value.InstanceName;
        });
        services.AddHostedService<TagIndexPruner>();

        services.AddSingleton<IOutputCacheStore>(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<RedisCacheSettings>>().Value;
            if (string.IsNullOrWhiteSpace(settings.Configuration))
            {
                return provider.GetRequiredKeyedService<IOutputCacheStore>(MemoryStore);
            }

            var store = (IOutputCacheBufferStore)provider.GetRequiredKeyedService<IOutputCacheStore>(RedisStore);
            return new ResilientOutputCacheStore(store, settings.RetryAfter, TimeProvider.System,
                provider.GetRequiredService<ILogger<ResilientOutputCacheStore>>());
        });
        return services;
    }

    /// <summary>
    /// The configured connection, made so that a page never waits long on the cache: commands fail at once while the
    /// connection is down (no backlog), a slow answer is given up after half a second unless the configuration says
    /// otherwise, a server down at start-up does not stop the site, and the connection is tried again every second.
    /// </summary>
    internal static ConfigurationOptions ConnectionOptions(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        if (!Mentions(configuration, "connectTimeout"))
        {
            options.ConnectTimeout = 1000;
        }

        if (!Mentions(configuration, "syncTimeout"))
        {
            options.SyncTimeout = 500;
        }

        if (!Mentions(configuration, "asyncTimeout"))
        {
            options.AsyncTimeout = 500;
        }

        return options;
    }

    private static bool Mentions(string configuration, string setting) =>
        configuration.Contains(setting + "=", StringComparison.OrdinalIgnoreCase);

    private static ServiceDescriptor Keyed(ServiceDescriptor descriptor, string key) => descriptor switch
    {
        { ImplementationInstance: { } instance } => ServiceDescriptor.KeyedSingleton(descriptor.ServiceType, key, instance),
        { ImplementationFactory: { } factory } => ServiceDescriptor.KeyedSingleton(descriptor.ServiceType, key, (provider, _) => factory(provider)),
        _ => ServiceDescriptor.KeyedSingleton(descriptor.ServiceType, key, descriptor.ImplementationType!),
    };
}
