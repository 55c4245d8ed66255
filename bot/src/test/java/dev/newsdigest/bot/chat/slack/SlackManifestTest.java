package dev.newsdigest.bot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest people paste must declare exactly the slash commands and scopes the code relies on. */
class SlackManifestTest {

    @Test
    void manifestDeclaresTheCommandsTheBotRegistersAndTheScopesItUses() throws Exception {
        JsonNode m = new ObjectMapper(new YAMLFactory()).readTree(Path.of("../config/slack-app-manifest.yaml").toFile());
        List<String> commands = new ArrayList<>();
        m.at("/features/slash_commands").forEach(c -> commands.add(c.get("command").asText()));
        assertThat(commands).containsExactlyInAnyOrderElementsOf(SlackBot.SLASH_COMMANDS);
        List<String> scopes = new ArrayList<>();
        m.at("/oauth_config/scopes/bot").forEach(s -> scopes.add(s.asText()));
        assertThat(scopes).contains("commands", "chat:write", "app_mentions:read");
        assertThat(m.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
        assertThat(m.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
    }
}
