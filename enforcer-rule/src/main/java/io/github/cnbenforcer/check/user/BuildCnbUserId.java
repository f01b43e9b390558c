package io.github.cnbenforcer.check.user;

/** {@code build-cnb-user-id}: {@code CNB_USER_ID} in the build image's {@code Env} is the UID of {@code User}. */
public final class BuildCnbUserId extends IdVariableCheck {
    public static final String ID = "build-cnb-user-id";

    public BuildCnbUserId() {
        super(
                ID,
                "CNB_USER_ID",
                "UID",
                "The image config's Env field has the environment variable CNB_USER_ID"
                        + " set to the user UID/SID of the user specified in the User field.");
    }

    @Override
    protected UserFact<Long> expectedId(ImageUser user) {
        return user.uid();
    }
}
