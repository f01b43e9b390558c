package io.github.cnbenforcer.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserFileParserTest {
    @Test
    void readsNameIdsAndHomeOfEachUser() {
        List<PasswdEntry> users =
                UserFileParser.passwd("root:x:0:0:root:/root:/bin/bash\n" + "cnb:x:1001:1000::/home/cnb:/bin/bash\n");

        assertThat(users)
                .extracting(PasswdEntry::toString)
                .containsExactly("root:0:0:/root", "cnb:1001:1000:/home/cnb");
    }

    @Test
    void skipsCommentsBlankAndNisLines() {
        List<PasswdEntry> users = UserFileParser.passwd(
                "# users\n\n   \n+@netgroup::::::\n-baduser::::::\n" + "heroku:x:1000:1000::/home/heroku:/bin/sh\n");

        assertThat(users).extracting(PasswdEntry::name).containsExactly("heroku");
    }

    @Test
    void skipsLinesWithoutNumericIdsOrEnoughFields() {
        List<PasswdEntry> users = UserFileParser.passwd("broken\nnouid:x::0::/:/bin/sh\nname:x:abc:0::/:/bin/sh\n"
                + "negative:x:-1:0::/:/bin/sh\nhuge:x:99999999999:0::/:/bin/sh\n:x:5:5::/:/bin/sh\n"
                + "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n");

        assertThat(users).extracting(PasswdEntry::name).containsExactly("www-data");
    }

    @Test
    void homeIsEmptyWhenTheLineEndsEarly() {
        List<PasswdEntry> users = UserFileParser.passwd("short:x:7:7\r\n");

        assertThat(users)
                .singleElement()
                .satisfies(user -> assertThat(user.home()).isEmpty());
    }

    @Test
    void readsGroupsWithTheirMembers() {
        List<GroupEntry> groups = UserFileParser.group("root:x:0:\ncnb:x:1000:cnb, heroku,,\n# comment\nbad:x:z:\n");

        assertThat(groups).extracting(GroupEntry::name).containsExactly("root", "cnb");
        assertThat(groups.get(0).members()).isEmpty();
        assertThat(groups.get(1).gid()).isEqualTo(1000);
        assertThat(groups.get(1).members()).containsExactly("cnb", "heroku");
    }

    @Test
    void groupLineWithoutMembersFieldHasNoMembers() {
        assertThat(UserFileParser.group("staff:x:50\n"))
                .singleElement()
                .satisfies(group -> assertThat(group.members()).isEmpty());
    }
}
