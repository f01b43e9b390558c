package io.github.cnbenforcer.source.registry.auth;

/** The login of a settings.xml {@code <server>}, password already decrypted. */
public final class ServerLogin {
    private final String id;
    private final String username;
    private final String password;

    public ServerLogin(String id, String username, String password) {
        this.id = id;
        this.username = username;
        this.password = password;
    }

    public String id() {
        return id;
    }

    /** The username, or {@code null}. */
    public String username() {
        return username;
    }

    /** The decrypted password, or {@code null}; never log it. */
    public String password() {
        return password;
    }

    @Override
    public String toString() {
        return "settings.xml server '" + id + "'";
    }
}
