package io.github.cnbenforcer.check.user;

/**
 * {@code build-cnb-group-id}: {@code CNB_GROUP_ID} in the build image's {@code Env} is the primary GID
 * of {@code User}: its group part if given, else the group of its {@code /etc/passwd} entry.
 */
public final class BuildCnbGroupId extends IdVariableCheck {
    public static final String ID = "build-cnb-group-id";

    public BuildCnbGroupId() {
        super(
                ID,
                "CNB_GROUP_ID",
                "primary GID",
                "The image config's Env field has the environment variable"
                        + " CNB_GROUP_ID set to the primary group GID/SID of the user specified in the User field.");
    }

    @Override
    protected UserFact<Long> expectedId(ImageUser user) {
        return user.primaryGid();
    }
}
