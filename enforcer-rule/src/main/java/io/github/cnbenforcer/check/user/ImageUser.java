package io.github.cnbenforcer.check.user;

import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.fs.FactUnavailableException;
import io.github.cnbenforcer.fs.GroupEntry;
import io.github.cnbenforcer.fs.PasswdEntry;
import io.github.cnbenforcer.fs.UserDatabase;
import io.github.cnbenforcer.image.UserSpec;
import io.github.cnbenforcer.text.Quote;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The user an image's containers run as, resolved the way container runtimes resolve {@code User}:
 * numeric parts are taken as they are, names are looked up in the image's {@code /etc/passwd} and
 * {@code /etc/group}. On Windows only the name is known: SIDs and profiles are not in a file.
 */
final class ImageUser {
    /** The Windows account with administrator rights, the default when {@code User} is empty. */
    public static final String WINDOWS_ADMINISTRATOR = "ContainerAdministrator";

    private final ImageUnderCheck image;
    private final UserSpec spec;
    private UserFact<UserDatabase> database;

    private ImageUser(ImageUnderCheck image) {
        this.image = image;
        this.spec = UserSpec.of(image.config());
    }

    public static ImageUser of(ImageUnderCheck image) {
        return new ImageUser(image);
    }

    public UserSpec spec() {
        return spec;
    }

    public boolean isWindows() {
        return image.isWindows();
    }

    /**
     * Whether {@code User} alone says root: no user, {@code root} or {@code 0} (any group), or on
     * Windows {@code ContainerAdministrator}. A name that {@code /etc/passwd} maps to UID 0 is root
     * too; {@link #uid()} tells that.
     */
    public boolean isRootByName() {
        if (!spec.namesUser()) {
            return true;
        }
        if (isWindows()) {
            return spec.user().equalsIgnoreCase(WINDOWS_ADMINISTRATOR);
        }
        return spec.user().equals("root") || spec.numericUser().equals(OptionalLong.of(0));
    }

    /** The Windows account name, with an empty {@code User} meaning the administrator. */
    public String windowsAccount() {
        return spec.namesUser() ? spec.user() : WINDOWS_ADMINISTRATOR;
    }

    public UserFact<Long> uid() {
        if (isWindows()) {
            return UserFact.undecidable(windowsUnreadable("SID"));
        }
        if (!spec.namesUser() || spec.user().equals("root")) {
            return UserFact.of(0L);
        }
        OptionalLong numeric = spec.numericUser();
        if (numeric.isPresent()) {
            return UserFact.of(numeric.getAsLong());
        }
        UserFact<Optional<PasswdEntry>> entry = passwdEntry();
        if (!entry.isResolved()) {
            return entry.failed();
        }
        return entry.value().isPresent()
                ? UserFact.of(entry.value().get().uid())
                : UserFact.missing(spec.label() + " is not in /etc/passwd");
    }

    /** The group part of {@code User} if it names one, else the primary group of the passwd entry. */
    public UserFact<Long> primaryGid() {
        if (isWindows()) {
            return UserFact.undecidable(windowsUnreadable("primary group SID"));
        }
        if (spec.group().isPresent()) {
            return groupOf(spec.group().get());
        }
        UserFact<Optional<PasswdEntry>> entry = passwdEntry();
        if (!entry.isResolved()) {
            return entry.failed();
        }
        return entry.value().isPresent()
                ? UserFact.of(entry.value().get().gid())
                : UserFact.missing(
                        spec.label() + " names no group and has no /etc/passwd entry," + " so it has no primary group");
    }

    /**
     * The groups whose permission bits apply to the user: the primary group, and the groups of
     * {@code /etc/group} that list the user as a member, unless {@code User} names its group (runtimes
     * then set no supplementary groups).
     */
    public UserFact<Set<Long>> groupIds() {
        UserFact<Long> primary = primaryGid();
        if (!primary.isResolved()) {
            return primary.failed();
        }
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(primary.value());
        if (spec.group().isEmpty()) {
            UserFact<Optional<PasswdEntry>> entry = passwdEntry();
            if (entry.isResolved() && entry.value().isPresent()) {
                String name = entry.value().get().name();
                for (GroupEntry group : database().value().groups()) {
                    if (group.members().contains(name)) {
                        ids.add(group.gid());
                    }
                }
            }
        }
        return UserFact.of(ids);
    }

    /** {@code HOME} of {@code Env}, else the home directory of the passwd entry; may be empty text. */
    public UserFact<String> home() {
        Optional<String> fromEnv = image.config().envValue("HOME");
        if (fromEnv.isPresent()) {
            return UserFact.of(fromEnv.get());
        }
        if (isWindows()) {
            return UserFact.undecidable(windowsUnreadable("profile directory"));
        }
        UserFact<Optional<PasswdEntry>> entry = passwdEntry();
        if (!entry.isResolved()) {
            return entry.failed();
        }
        if (entry.value().isEmpty()) {
            return UserFact.missing("HOME is not in Env and " + spec.label() + " has no /etc/passwd entry");
        }
        String home = entry.value().get().home();
        return home.isEmpty()
                ? UserFact.missing(
                        "HOME is not in Env and the /etc/passwd entry of " + spec.label() + " has no home directory")
                : UserFact.of(home);
    }

    /** The passwd entry of the user part (see {@link UserDatabase#entryOf}). */
    private UserFact<Optional<PasswdEntry>> passwdEntry() {
        UserFact<UserDatabase> users = database();
        return users.isResolved() ? UserFact.of(users.value().entryOf(spec)) : users.failed();
    }

    private UserFact<Long> groupOf(String group) {
        OptionalLong numeric = UserSpec.numericId(group);
        if (numeric.isPresent()) {
            return UserFact.of(numeric.getAsLong());
        }
        UserFact<UserDatabase> users = database();
        if (!users.isResolved()) {
            return users.failed();
        }
        Optional<GroupEntry> entry = users.value().groupByName(group);
        return entry.isPresent()
                ? UserFact.of(entry.get().gid())
                : UserFact.missing("group " + Quote.of(group) + " of " + spec.label() + " is not in /etc/group");
    }

    private UserFact<UserDatabase> database() {
        if (database == null) {
            try {
                database = UserFact.of(image.facts().users());
            } catch (FactUnavailableException e) {
                database = UserFact.unavailable(
                        "cannot read /etc/passwd and /etc/group to resolve " + spec.label() + ": ", e);
            }
        }
        return database;
    }

    private String windowsUnreadable(String what) {
        return "the " + what + " of Windows user " + Quote.of(windowsAccount()) + " cannot be read from the image";
    }
}
