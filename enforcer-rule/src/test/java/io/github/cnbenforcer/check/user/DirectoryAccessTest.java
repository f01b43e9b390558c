package io.github.cnbenforcer.check.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.fs.FileMetadata;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryAccessTest {
    private static FileMetadata directory(long uid, long gid, int mode) {
        return new FileMetadata("/home/cnb", FileMetadata.Type.DIRECTORY, uid, gid, mode);
    }

    @Test
    void ownerWithWriteAndSearchBitsMayCreate() {
        assertThat(DirectoryAccess.canCreateIn(directory(1001, 1000, 0700), 1001, Set.of()))
                .isTrue();
    }

    @Test
    void ownerWithoutWriteBitMayNot() {
        assertThat(DirectoryAccess.canCreateIn(directory(1001, 1000, 0555), 1001, Set.of(1000L)))
                .isFalse();
    }

    @Test
    void writeWithoutSearchIsNotEnough() {
        assertThat(DirectoryAccess.canCreateIn(directory(1001, 1000, 0600), 1001, Set.of()))
                .isFalse();
    }

    @Test
    void ownerBitsApplyToTheOwnerEvenWhenOthersMayWrite() {
        assertThat(DirectoryAccess.canCreateIn(directory(1001, 1000, 0577), 1001, Set.of(1000L)))
                .isFalse();
    }

    @Test
    void groupMemberWithGroupWriteMayCreate() {
        assertThat(DirectoryAccess.canCreateIn(directory(0, 1000, 0770), 1001, Set.of(1000L)))
                .isTrue();
    }

    @Test
    void nonMemberGetsTheOtherBits() {
        assertThat(DirectoryAccess.canCreateIn(directory(0, 1000, 0770), 1001, Set.of(2000L)))
                .isFalse();
        assertThat(DirectoryAccess.canCreateIn(directory(0, 1000, 01777), 1001, Set.of(2000L)))
                .isTrue();
    }

    @Test
    void rootMayAlways() {
        assertThat(DirectoryAccess.canCreateIn(directory(1001, 1000, 0500), 0, Set.of()))
                .isTrue();
    }

    @Test
    void ownerBitsDecideForOwnerAndRootOnly() {
        assertThat(DirectoryAccess.ownerBitsDecide(directory(1001, 1000, 0755), 1001))
                .isTrue();
        assertThat(DirectoryAccess.ownerBitsDecide(directory(1001, 1000, 0755), 0))
                .isTrue();
        assertThat(DirectoryAccess.ownerBitsDecide(directory(1001, 1000, 0755), 1002))
                .isFalse();
    }
}
