use errcat::error_catalog;

error_catalog! {
    pub system SqlState: str {
        "22012" DIVISION_BY_ZERO,
    }

    pub system Other: str {
        "22012" ALSO_DIVISION_BY_ZERO,
    }
}

errcat::assert_disjoint!(SqlState, Other);

fn main() {}
