package plandoc.model;

import java.util.List;

/**
 * An agency (cơ quan, đơn vị) of the register, with the other forms documents print its name in.
 *
 * @param group a collective ("Các sở, ngành liên quan") rather than one agency
 */
public record Agency(Id id, String name, List<String> shortNames, boolean group) {
    public Agency {
        shortNames = List.copyOf(shortNames);
    }
}
