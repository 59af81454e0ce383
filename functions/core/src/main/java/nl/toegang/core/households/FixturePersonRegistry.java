package nl.toegang.core.households;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local stand-in for the BRP: addresses with the people who live there, who are partners and
 * who are whose children, read from a JSON file ({@code toegang.brp.fixture}: a path, or
 * {@code classpath:<resource>}). Only the local runtime sets it.
 */
@Singleton
@Requires(property = FixturePersonRegistry.SETTING)
public class FixturePersonRegistry implements PersonRegistry {

    public static final String SETTING = "toegang.brp.fixture";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fixture(List<Address> addresses) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(String address, List<Person> persons, List<List<String>> partners, List<Child> children) {
        Address {
            partners = partners == null ? List.of() : partners;
            children = children == null ? List.of() : children;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String bsn, String name, String born) {
        LocalDate birthDate() {
            return born == null ? null : LocalDate.parse(born);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Child(String child, List<String> parents) {}

    private final List<Address> addresses;

    public FixturePersonRegistry(@Value("${" + SETTING + "}") String location) {
        this.addresses = read(location).addresses();
    }

    @Override
    public List<Member> householdOf(String bsn) {
        Optional<Address> home = addresses.stream()
                .filter(a -> a.persons().stream().anyMatch(p -> p.bsn().equals(bsn))).findFirst();
        if (home.isEmpty()) {
            return List.of();
        }
        List<Member> members = new ArrayList<>();
        Address a = home.get();
        a.persons().stream().filter(p -> p.bsn().equals(bsn))
                .forEach(p -> members.add(new Member(p.bsn(), p.name(), p.birthDate(), MemberRelation.MAIN_PERSON)));
        a.persons().stream().filter(p -> !p.bsn().equals(bsn))
                .forEach(p -> members.add(new Member(p.bsn(), p.name(), p.birthDate(), relation(a, bsn, p.bsn()))));
        return List.copyOf(members);
    }

    @Override
    public Optional<Member> person(String bsn) {
        return addresses.stream().flatMap(a -> a.persons().stream()).filter(p -> p.bsn().equals(bsn)).findFirst()
                .map(p -> new Member(p.bsn(), p.name(), p.birthDate(), MemberRelation.OTHER));
    }

    /** How {@code other} is related to {@code main}. */
    private static MemberRelation relation(Address a, String main, String other) {
        if (a.partners().stream().anyMatch(pair -> pair.contains(main) && pair.contains(other))) {
            return MemberRelation.PARTNER;
        }
        if (a.children().stream().anyMatch(c -> c.child().equals(other) && c.parents().contains(main))) {
            return MemberRelation.CHILD;
        }
        if (a.children().stream().anyMatch(c -> c.child().equals(main) && c.parents().contains(other))) {
            return MemberRelation.PARENT;
        }
        return MemberRelation.OTHER;
    }

    private static Fixture read(String location) {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = open(location)) {
            return json.readValue(in, Fixture.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the person registry fixture " + location, e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length());
            InputStream in = FixturePersonRegistry.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }
}
