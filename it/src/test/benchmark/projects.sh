# The Maven projects the benchmark runs: one module, and a reactor of 20 modules that all name the
# same pair. Sourced by run.sh, not run.
# shellcheck shell=bash

# The rule, configured from user properties: bench.build, bench.run (references) and bench.inspectLayers.
CNB_RULE='<cnbBaseImages>
                  <buildImage>${bench.build}</buildImage>
                  <runImage>${bench.run}</runImage>
                  <inspectLayers>${bench.inspectLayers}</inspectLayers>
                </cnbBaseImages>'

# The enforcer plugin with the rule's jar, running RULE (default: the rule).
enforcer_plugin() {
  local rule=${1:-$CNB_RULE}
  cat <<EOF
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-enforcer-plugin</artifactId>
        <version>$ENFORCER_VERSION</version>
        <dependencies>
          <dependency>
            <groupId>io.github.cnbenforcer</groupId>
            <artifactId>cnb-enforcer-rule</artifactId>
            <version>$RULE_VERSION</version>
          </dependency>
        </dependencies>
        <executions>
          <execution>
            <id>cnb-base-images</id>
            <goals><goal>enforce</goal></goals>
            <configuration>
              <rules>
                $rule
              </rules>
            </configuration>
          </execution>
        </executions>
      </plugin>
EOF
}

pom_header() {
  cat <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
EOF
}

# One module running RULE (default: the rule).
write_single_project() {
  local dir=$1 rule=${2:-$CNB_RULE}
  mkdir -p "$dir"
  {
    pom_header
    printf '  <groupId>bench</groupId>\n  <artifactId>single</artifactId>\n  <version>1</version>\n'
    printf '  <packaging>pom</packaging>\n  <build>\n    <plugins>\n'
    enforcer_plugin "$rule"
    printf '    </plugins>\n  </build>\n</project>\n'
  } >"$dir/pom.xml"
}

# The parent manages the plugin (so that it does not run the rule itself); each module declares it.
write_reactor_project() {
  local dir=$1 modules=$2 module i
  mkdir -p "$dir"
  {
    pom_header
    printf '  <groupId>bench</groupId>\n  <artifactId>reactor</artifactId>\n  <version>1</version>\n'
    printf '  <packaging>pom</packaging>\n  <modules>\n'
    for ((i = 1; i <= modules; i++)); do printf '    <module>m%02d</module>\n' "$i"; done
    printf '  </modules>\n  <build>\n    <pluginManagement>\n      <plugins>\n'
    enforcer_plugin
    printf '      </plugins>\n    </pluginManagement>\n  </build>\n</project>\n'
  } >"$dir/pom.xml"
  for ((i = 1; i <= modules; i++)); do
    module=$(printf 'm%02d' "$i")
    mkdir -p "$dir/$module"
    {
      pom_header
      printf '  <parent>\n    <groupId>bench</groupId>\n    <artifactId>reactor</artifactId>\n    <version>1</version>\n  </parent>\n'
      printf '  <artifactId>%s</artifactId>\n  <packaging>pom</packaging>\n' "$module"
      printf '  <build>\n    <plugins>\n      <plugin>\n        <groupId>org.apache.maven.plugins</groupId>\n'
      printf '        <artifactId>maven-enforcer-plugin</artifactId>\n      </plugin>\n    </plugins>\n  </build>\n</project>\n'
    } >"$dir/$module/pom.xml"
  done
}
