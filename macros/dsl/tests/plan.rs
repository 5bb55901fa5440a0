//! The plan's decisions, which the checks report and the expansion
//! follows: kept variants, codes that fit, the first entry per code and
//! per name, inherited HTTP statuses, section paths, repeated systems.

use errcat_dsl::plan::{Http, HttpSource, VariantPlan};

fn plan(source: &str) -> (Vec<errcat_dsl::model::Catalog>, Vec<errcat_dsl::plan::Plan>) {
    let (catalogs, plans, _) = errcat_dsl::analyze_and_plan(source.parse().unwrap());
    (catalogs, plans)
}

#[test]
fn variants_are_kept_once_and_codes_that_do_not_fit_become_zero() {
    let (_, plans) = plan(
        "pub system S: u8 { 1 FILE_NOT_EXIST, 2 FileNotExist, 300 TOO_BIG, #[shares_code(FILE_NOT_EXIST)] 1 AGAIN, 4 __ }",
    );
    let plan = &plans[0];
    let variants: Vec<VariantPlan> = plan.entries.iter().map(|entry| entry.variant).collect();
    assert_eq!(
        variants,
        [
            VariantPlan::Kept(0),
            VariantPlan::Repeats(0),
            VariantPlan::Kept(1),
            VariantPlan::Kept(2),
            VariantPlan::Missing
        ]
    );
    assert_eq!(plan.variants, [0, 2, 3]);
    assert!(!plan.entries[2].code_fits);
    assert_eq!(plan.entries[2].code, 0);
    assert_eq!(plan.entries[3].first_with_code, Some(0));
    assert_eq!(plan.entries[1].first_with_code, None);
    let groups: Vec<(i128, Vec<usize>)> =
        plan.code_groups.iter().map(|group| (group.code, group.variants.clone())).collect();
    assert_eq!(groups, [(0, vec![1]), (1, vec![0, 2])]);
}

#[test]
fn names_are_found_once() {
    let (_, plans) = plan("pub system S { 1 A, #[name = \"A\"] 2 B, 3 C }");
    assert_eq!(plans[0].entries[1].first_with_name, Some(0));
    assert_eq!(plans[0].named_variants, [0, 2]);
}

#[test]
fn statuses_are_inherited_and_paths_joined_in_one_pass() {
    let (_, plans) = plan(
        "pub system S {
            #[http(500)] section Server in 1..=99 {
                section File in 10..=19 { 10 NO_FILE, #[http(404)] 11 GONE }
                1 BROKEN,
            }
            section Other in 100..=199 { 100 PLAIN }
        }",
    );
    let plan = &plans[0];
    let paths: Vec<&str> = plan.sections.iter().map(|section| section.path.as_str()).collect();
    assert_eq!(paths, ["Server", "Server::File", "Other"]);
    let inherited = Some(Http { status: 500, declared_on: HttpSource::Section(0) });
    assert_eq!(plan.sections[1].http, inherited);
    assert_eq!(plan.sections[2].http, None);
    let statuses: Vec<Option<Http>> = plan.entries.iter().map(|entry| entry.http).collect();
    assert_eq!(statuses, [inherited, Some(Http { status: 404, declared_on: HttpSource::Entry }), inherited, None]);
}

#[test]
fn a_repeated_system_is_planned_but_not_expanded() {
    let (catalogs, plans) = plan("pub system S { 1 A } pub system T { 1 A } pub system S { 2 B }");
    assert_eq!(catalogs.len(), 3);
    let repeats: Vec<Option<usize>> = plans.iter().map(|plan| plan.repeats_system).collect();
    assert_eq!(repeats, [None, None, Some(0)]);
    assert!(plans[0].is_expanded() && !plans[2].is_expanded());
    let expanded = errcat_dsl::expand("pub system S { 1 A } pub system S { 2 B }".parse().unwrap()).to_string();
    assert_eq!(expanded.matches("enum S").count(), 1, "{expanded}");
}
