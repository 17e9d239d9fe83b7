package org.fourislands.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
        assertHoldsOnly(folder, subfolder, file);
    }

    @Test
    void aFailureWhileWritingLeavesNoPartialFile() throws IOException {
        Path target = folder.resolve("deck.png");
        assertThatThrownBy(() -> AtomicWrite.write(target, false, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        })).isInstanceOf(FileNotWrittenException.class).hasMessageContaining("No space left on device");
        assertHoldsOnly(folder);
    }

    @Test
    void anExistingFileIsOnlyReplacedWhenAllowed() throws Exception {
        Path target = Files.writeString(folder.resolve("slide.svg"), "old");
        assertThatThrownBy(() -> AtomicWrite.write(target, false, out -> out.write('n')))
                .isInstanceOf(FileNotWrittenException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(target)).isEqualTo("old");
        AtomicWrite.write(target, true, out -> out.write('n'));
        assertThat(Files.readString(target)).isEqualTo("n");
        assertHoldsOnly(folder, target);
    }

    /** A new file is written whole under its name, and its temporary name is gone. */
    @Test
    void aNewFileIsWrittenWholeAndAlone() throws Exception {
        Path target = folder.resolve("deck.svg");
        AtomicWrite.write(target, false, out -> out.write("<svg/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("<svg/>");
        assertHoldsOnly(folder, target);
    }

    /**
     * A file that takes the name while the content is being written (another export, a copy by
     * hand) is kept: without overwriting, the new file takes the name only if it is still free.
     */
    @Test
    void aFileThatAppearsWhileWritingIsKept() throws IOException {
        Path target = folder.resolve("deck.png");
        assertThatThrownBy(() -> AtomicWrite.write(target, false, out -> {
            out.write('n');
            Files.writeString(target, "theirs");
        })).isInstanceOf(FileNotWrittenException.class).hasMessage(target + " already exists; choose another name or allow overwriting");
        assertThat(target).hasContent("theirs");
        assertHoldsOnly(folder, target);
    }

    /** A link at the name, even one to nothing, is something there: a rename replaced it without asking. */
    @Test
    void aLinkToNothingAtTheNameIsKeptWithoutOverwrite() throws IOException {
        Path target = Files.createSymbolicLink(folder.resolve("deck.png"), folder.resolve("moved-away.png"));
        assertThatThrownBy(() -> AtomicWrite.write(target, false, out -> out.write('n')))
                .isInstanceOf(FileNotWrittenException.class).hasMessageContaining("already exists");
        assertThat(Files.isSymbolicLink(target)).isTrue();
        assertHoldsOnly(folder, target);
    }

    /**
     * Where the file system has no hard links (FAT on a USB stick; here a zip file system), a
     * new file is still written, an existing one kept without overwriting and replaced with it.
     */
    @Test
    void aFileSystemWithoutHardLinksIsWrittenToAsWell() throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(folder.resolve("stick.zip"), Map.of("create", "true"))) {
            Path target = zip.getPath("/deck.svg");
            AtomicWrite.write(target, false, out -> out.write('a'));
            assertThatThrownBy(() -> AtomicWrite.write(target, false, out -> out.write('b')))
                    .isInstanceOf(FileNotWrittenException.class).hasMessageContaining("already exists");
            assertThat(Files.readString(target)).isEqualTo("a");
            AtomicWrite.write(target, true, out -> out.write('c'));
            assertThat(Files.readString(target)).isEqualTo("c");
            assertHoldsOnly(zip.getPath("/"), target);
        }
    }

    private static void assertHoldsOnly(Path folder, Path... files) throws IOException {
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactlyInAnyOrder(files);
        }
    }
}
