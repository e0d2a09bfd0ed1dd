fn main() {
    std::process::exit(parcours::commands::main());
}
