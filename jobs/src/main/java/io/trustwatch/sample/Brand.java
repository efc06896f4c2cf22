package io.trustwatch.sample;

import java.util.List;

/**
 * An invented brand of the sample, with the product codes its customers talk about. Product codes are
 * language-neutral; each phrase bank says how a customer names the product ({@code @product.<code>}).
 */
public record Brand(String name, List<String> products) {

    /** The brands of the bundled sample. All names are invented. */
    public static final List<Brand> ALL = List.of(
            new Brand("Zentel", List.of("mobile_plan", "home_internet", "app")),
            new Brand("Qoro Bank", List.of("card", "account", "app")),
            new Brand("Bazarly", List.of("delivery", "app", "account")),
            new Brand("Movo", List.of("delivery", "app", "account")),
            new Brand("Velora", List.of("policy", "app", "account")));

    /** Invented competitors a leaving customer may name. */
    public static final List<String> COMPETITORS = List.of("Nexa", "Tarion", "Orbitel", "Kumo", "Fennix", "Brightway");

    public Brand {
        products = List.copyOf(products);
    }

    /** Every product code used by some brand, sorted. */
    public static List<String> productCodes() {
        return ALL.stream().flatMap(b -> b.products().stream()).distinct().sorted().toList();
    }
}
