package org.fourislands.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a file whole or not at all, on a real folder: what is left behind, and what the user is told. */
class AtomicWriteTest {

    @TempDir
    Path folder;

    @Test
    void aMissingFolderIsNamedInTheError() {
        Path missing = folder.resolve("no-such-folder").resolve("map.png");
        assertThatThrownBy(() -> AtomicWrite.write(missing, false, out -> out.write(1)))
                .isInstanceOf(FileNotWrittenException.class)
                .hasMessageContaining("no-such-folder").hasMessageContaining("does not exist");
    }

    /** A folder given as the file, or a file given as the folder, is named as what it is, even with overwriting allowed. */
    @Test
    void aFolderForTheFileOrAFileForTheFolderIsSaidSo() throws IOException {
        Path subfolder = Files.createDirectory(folder.resolve("deck.png"));
        assertThatThrownBy(() -> AtomicWrite.write(subfolder, true, out -> out.write(1)))
                .isInstanceOf(FileNotWrittenException.class).hasMessageEndingWith("it is a folder; choose a file name in it");
        Path file = Files.writeString(folder.resolve("notes.txt"), "keep");
        assertThatThrownBy(() -> AtomicWrite.write(file.resolve("map.png"), true, out -> out.write(1)))
                .isInstanceOf(FileNotWrittenException.class).hasMessageEndingWith(file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("keep");
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactlyInAnyOrder(subfolder, file);
        }
    }

    @Test
    void aFailureWhileWritingLeavesNoPartialFile() throws IOException {
        Path target = folder.resolve("deck.png");
        assertThatThrownBy(() -> AtomicWrite.write(target, false, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        })).isInstanceOf(FileNotWrittenException.class).hasMessageContaining("No space left on device");
        try (var listing = Files.list(folder)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void anExistingFileIsOnlyReplacedWhenAllowed() throws Exception {
        Path target = Files.writeString(folder.resolve("slide.svg"), "old");
        assertThatThrownBy(() -> AtomicWrite.write(target, false, out -> out.write('n')))
                .isInstanceOf(FileNotWrittenException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(target)).isEqualTo("old");
        AtomicWrite.write(target, true, out -> out.write('n'));
        assertThat(Files.readString(target)).isEqualTo("n");
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactly(target);
        }
    }
}
