package io.trustwatch.sample;

import java.util.List;

/**
 * An invented brand of the sample, its sector, and the product codes its customers talk about. Product codes
 * are language-neutral; each phrase bank says how a customer names the product ({@code @product.<code>}).
 * The sector keeps sector-specific sentences (a courier, a router) with brands where they make sense.
 */
public record Brand(String name, String sector, List<String> products) {

    /** The brands of the bundled sample. All names are invented. */
    public static final List<Brand> ALL = List.of(
            new Brand("Zentel", "telecom", List.of("mobile_plan", "home_internet", "app")),
            new Brand("Qoro Bank", "bank", List.of("card", "account", "app")),
            new Brand("Bazarly", "delivery", List.of("delivery", "app", "account")),
            new Brand("Movo", "delivery", List.of("delivery", "app", "account")),
            new Brand("Velora", "insurance", List.of("policy", "app", "account")));

    /** Invented competitors a leaving customer may name. */
    public static final List<String> COMPETITORS = List.of("Nexa", "Tarion", "Orbitel", "Kumo", "Fennix", "Brightway");

    public Brand {
        products = List.copyOf(products);
    }

    /** Every sector of some brand, sorted. */
    public static List<String> sectors() {
        return ALL.stream().map(Brand::sector).distinct().sorted().toList();
    }

    /** The sector of the brand with this name, or {@code null} for a name that is not one of {@link #ALL}. */
    public static String sectorOf(String name) {
        return ALL.stream().filter(b -> b.name().equals(name)).map(Brand::sector).findFirst().orElse(null);
    }

    /** Every product code used by some brand, sorted. */
    public static List<String> productCodes() {
        return ALL.stream().flatMap(b -> b.products().stream()).distinct().sorted().toList();
    }
}
