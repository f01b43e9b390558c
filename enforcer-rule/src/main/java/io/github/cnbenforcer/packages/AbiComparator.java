package io.github.cnbenforcer.packages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Works out an {@link AbiComparison}. A package of the previous image is kept when the new image has
 * a package of the same name for the same architecture (or either is architecture-independent), or
 * one that provides its name; otherwise it is lacking. A lacking Debian library package with a
 * package of the same library in the new image is a library change; for apk, each soname the
 * previous image provided and the new one does not is a library change, and a lacking package
 * whose every lost soname has a successor is accounted for by its library changes.
 */
final class AbiComparator {
    private final PackageDatabase previous;
    private final PackageDatabase next;
    private final boolean multiArch;
    private final Map<String, List<InstalledPackage>> nextByName = new HashMap<>();
    private final Map<String, List<InstalledPackage>> nextByProvidedName = new HashMap<>();
    private final Map<String, Integer> previousInstances = new HashMap<>();

    AbiComparator(PackageDatabase previous, PackageDatabase next) {
        this.previous = previous;
        this.next = next;
        this.multiArch = previous.manager().isMultiArch();
        for (InstalledPackage installed : next.packages()) {
            nextByName
                    .computeIfAbsent(installed.name(), name -> new ArrayList<>())
                    .add(installed);
            for (String provided : installed.provides()) {
                nextByProvidedName
                        .computeIfAbsent(provided, name -> new ArrayList<>())
                        .add(installed);
            }
        }
        for (InstalledPackage installed : previous.packages()) {
            previousInstances.merge(installed.name(), 1, Integer::sum);
        }
    }

    AbiComparison compare() {
        List<InstalledPackage> lacking = new ArrayList<>();
        List<RenamedPackage> renamed = new ArrayList<>();
        for (InstalledPackage installed : previous.packages()) {
            if (servedBy(nextByName.get(installed.name()), installed).isPresent()) {
                continue;
            }
            Optional<InstalledPackage> provider = servedBy(nextByProvidedName.get(installed.name()), installed);
            if (provider.isPresent()) {
                renamed.add(new RenamedPackage(
                        displayName(installed), provider.get().name()));
            } else {
                lacking.add(installed);
            }
        }
        Map<String, LibraryChange> changes = new TreeMap<>();
        Set<InstalledPackage> accountedFor = previous.manager() == PackageManager.APK
                ? sonameChanges(lacking, changes)
                : debianLibraryChanges(lacking, changes);
        List<String> removed = new ArrayList<>();
        for (InstalledPackage installed : lacking) {
            if (!accountedFor.contains(installed)) {
                removed.add(displayName(installed));
            }
        }
        return new AbiComparison(previous.packages().size(), removed, new ArrayList<>(changes.values()), renamed);
    }

    /** The first candidate that stands for {@code wanted} (by name only, without multi-arch). */
    private Optional<InstalledPackage> servedBy(List<InstalledPackage> candidates, InstalledPackage wanted) {
        if (candidates == null) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(candidate -> !multiArch || candidate.servesArchitecture(wanted.architecture()))
                .findFirst();
    }

    /** Lacking library packages with a package of the same library in the new image. */
    private Set<InstalledPackage> debianLibraryChanges(
            List<InstalledPackage> lacking, Map<String, LibraryChange> changes) {
        Map<String, List<InstalledPackage>> nextByLibrary = new HashMap<>();
        for (InstalledPackage candidate : next.packages()) {
            LibraryNames.debianLibrary(candidate.name())
                    .ifPresent(library -> nextByLibrary
                            .computeIfAbsent(library, key -> new ArrayList<>())
                            .add(candidate));
        }
        Set<InstalledPackage> accountedFor = new HashSet<>();
        for (InstalledPackage installed : lacking) {
            Set<String> successors = new TreeSet<>();
            for (InstalledPackage candidate : LibraryNames.debianLibrary(installed.name())
                    .map(library -> nextByLibrary.getOrDefault(library, List.of()))
                    .orElse(List.of())) {
                if (!multiArch || candidate.servesArchitecture(installed.architecture())) {
                    successors.add(candidate.name());
                }
            }
            if (!successors.isEmpty()) {
                String name = displayName(installed);
                changes.put(name, new LibraryChange(name, new ArrayList<>(successors)));
                accountedFor.add(installed);
            }
        }
        return accountedFor;
    }

    /** Sonames the new image no longer provides; lacking packages whose every lost soname has a successor. */
    private Set<InstalledPackage> sonameChanges(List<InstalledPackage> lacking, Map<String, LibraryChange> changes) {
        Map<String, Set<String>> nextSonamesByLibrary = new HashMap<>();
        for (String provided : nextByProvidedName.keySet()) {
            if (LibraryNames.isSoname(provided)) {
                nextSonamesByLibrary
                        .computeIfAbsent(LibraryNames.sonameLibrary(provided), library -> new TreeSet<>())
                        .add(provided);
            }
        }
        Set<InstalledPackage> accountedFor = new HashSet<>(lacking);
        Set<InstalledPackage> lackingPackages = Set.copyOf(lacking);
        for (InstalledPackage installed : previous.packages()) {
            boolean isLacking = lackingPackages.contains(installed);
            boolean lostSoname = false;
            for (String soname : installed.provides()) {
                if (!LibraryNames.isSoname(soname) || nextByProvidedName.containsKey(soname)) {
                    continue;
                }
                lostSoname = true;
                Set<String> successors =
                        nextSonamesByLibrary.getOrDefault(LibraryNames.sonameLibrary(soname), Set.of());
                if (successors.isEmpty() && isLacking) {
                    accountedFor.remove(installed);
                } else {
                    changes.put(soname, new LibraryChange(soname, new ArrayList<>(successors)));
                }
            }
            if (!lostSoname) {
                accountedFor.remove(installed);
            }
        }
        return accountedFor;
    }

    /** {@code name}, or {@code name:arch} when the previous image had the name for several architectures. */
    private String displayName(InstalledPackage installed) {
        return previousInstances.getOrDefault(installed.name(), 0) > 1 ? installed.qualifiedName() : installed.name();
    }
}
