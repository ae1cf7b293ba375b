package io.headwater.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** What {@code --help} and the README tell a newcomer: whole sentences, and every command and option. */
class HelpTextTest {

    private static List<CommandLine> commands() {
        CommandLine root = HeadwaterCommand.commandLine();
        return root.getSubcommands().values().stream().filter(c -> !c.getCommandName().equals("help")).distinct().toList();
    }

    @Test
    void everyDescriptionIsMadeOfWholeSentences() {
        List<String> cut = new java.util.ArrayList<>();
        for (CommandLine command : commands()) {
            CommandSpec spec = command.getCommandSpec();
            String[] paragraphs = spec.usageMessage().description();
            assertThat(paragraphs).as(command.getCommandName() + " has a description").isNotEmpty();
            // Picocli prints each element as a paragraph of its own, and the first one alone in the list of commands.
            for (String paragraph : paragraphs) {
                if (!paragraph.strip().endsWith(".")) {
                    cut.add(command.getCommandName() + ": \"" + paragraph + "\"");
                }
            }
            for (OptionSpec option : spec.options()) {
                for (String d : option.description()) {
                    if (!d.strip().endsWith(".")) {
                        cut.add(command.getCommandName() + " " + option.longestName() + ": \"" + d + "\"");
                    }
                }
            }
        }
        assertThat(cut).as("paragraphs of --help that stop mid-sentence").isEmpty();
    }

    @Test
    void theReadmeListsEveryCommandWithItsOwnOptions() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> lines = readme.lines().filter(l -> l.startsWith("java -jar target/headwater.jar ")).toList();
        List<String> missing = new java.util.ArrayList<>();
        for (CommandLine command : commands()) {
            String name = command.getCommandName();
            String line = lines.stream().filter(l -> l.startsWith("java -jar target/headwater.jar " + name + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("README's command list lacks " + name));
            Set<String> shared = new HashSet<>();
            command.getCommandSpec().mixins().values().forEach(m -> m.options().forEach(o -> shared.add(o.longestName())));
            shared.remove("--db"); // the one option of the graph's that every line shows; the others are explained once below
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (option.usageHelp() || option.versionHelp() || shared.contains(option.longestName())) {
                    continue;
                }
                if (!line.contains(option.longestName() + " ") && !line.contains(option.longestName() + "]")) {
                    missing.add(name + " " + option.longestName());
                }
            }
        }
        assertThat(missing).as("options README's command list does not show").isEmpty();
    }
}
