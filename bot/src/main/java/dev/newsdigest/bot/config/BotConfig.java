package dev.newsdigest.bot.config;

/** Everything in {@code newsdigest.yaml}, typed and validated. Secrets print as {@code ***}. */
public record BotConfig(StorageConfig storage, FetchConfig fetch, TelegramConfig telegram, SlackConfig slack,
                        HttpConfig http, AdminsConfig admins, ScheduleConfig schedule,
                        DeliveryConfig delivery) {

    public static BotConfig defaults() {
        return new BotConfig(StorageConfig.defaults(), FetchConfig.defaults(), TelegramConfig.defaults(),
                SlackConfig.defaults(), HttpConfig.defaults(), AdminsConfig.defaults(), ScheduleConfig.defaults(),
                DeliveryConfig.defaults());
    }

    public BotConfig withStorage(StorageConfig s) {
        return new BotConfig(s, fetch, telegram, slack, http, admins, schedule, delivery);
    }

    public BotConfig withFetch(FetchConfig f) {
        return new BotConfig(storage, f, telegram, slack, http, admins, schedule, delivery);
    }

    public BotConfig withSchedule(ScheduleConfig s) {
        return new BotConfig(storage, fetch, telegram, slack, http, admins, s, delivery);
    }

    public BotConfig withDelivery(DeliveryConfig d) {
        return new BotConfig(storage, fetch, telegram, slack, http, admins, schedule, d);
    }
}
