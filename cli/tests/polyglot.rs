//! `errcat export SYSTEM --format typescript|go|python|java|protobuf|json-schema`
//! for the five built-in catalogues, the two of `fixtures/polyglot.rs` and
//! the two string-coded ones of `fixtures/strings.rs` (which protobuf cannot
//! hold): each language's real toolchain checks the exported source (one run
//! per language for all of them), then a small program in that language, written
//! here, looks up every name and every code through the generated API and
//! prints code, name, message and the message in each language of what it
//! found; that output must equal what `errcat export --format json` says,
//! entry by entry (a lookup by code gives the first entry with the code).
//!
//! The programs read the names to look up hex-encoded from a file and print
//! hex, so that no text passes through this file's own escaping.
//!
//! Toolchains missing are installed (see `support/toolchains.rs`); without
//! them these tests print a notice and pass, unless
//! `ERRCAT_REQUIRE_TOOLCHAINS` is set (CI sets it).

mod support;
#[path = "support/toolchains.rs"]
mod toolchains;

use std::collections::{HashMap, HashSet};
use std::fmt::Write;
use std::process::Command;
use std::time::Instant;

use heck::ToShoutySnakeCase;
use serde_json::Value;
use support::errcat;
use toolchains::{available, notice, run, work_dir, write};

const FIXTURE: &str = "tests/fixtures/polyglot.rs";
const STRINGS: &str = "tests/fixtures/strings.rs";
const BUILTIN: [&str; 5] = ["Scm", "BkRepo", "Cos", "Polaris", "Mcsl"];
const GENERATED: [&str; 2] = ["Polyglot", "Wire"];
const STRING_CODED: [&str; 2] = ["SqlState", "S3"];

struct Catalogue {
    system: String,
    global: Vec<&'static str>,
    json: Value,
}

impl Catalogue {
    fn entries(&self) -> &[Value] {
        self.json["entries"].as_array().unwrap()
    }

    fn languages(&self) -> Vec<String> {
        self.json["system"]["languages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|tag| tag.as_str().unwrap().to_owned())
            .collect()
    }

    fn code_type(&self) -> &str {
        self.json["system"]["code_type"].as_str().unwrap()
    }

    fn string_codes(&self) -> bool {
        self.code_type() == "str"
    }

    /// A code as the programs read and print it: the number, or `x` and the
    /// hex of a string code.
    fn shown_code(code: &Value) -> String {
        code.as_str().map_or_else(|| code.to_string(), |text| format!("x{}", hex(text)))
    }

    /// The lower-case name the files and packages are named after.
    fn module(&self) -> String {
        self.system.to_lowercase()
    }

    fn export(&self, format: &str) -> String {
        let mut args = self.global.clone();
        args.extend(["export", &self.system, "--format", format]);
        let run = errcat(&args);
        assert_eq!(run.code, 0, "export {} --format {format}: {}", self.system, run.stderr);
        assert!(run.stderr.is_empty(), "{}", run.stderr);
        run.stdout
    }

    /// A code no entry has, inside the code type, as a literal of every
    /// language here.
    fn unknown_code(&self) -> String {
        if self.string_codes() {
            let codes: HashSet<&str> = self.entries().iter().map(|entry| entry["code"].as_str().unwrap()).collect();
            return (0..=codes.len())
                .map(|at| format!("NoSuchCode{at}"))
                .find(|code| !codes.contains(code.as_str()))
                .unwrap();
        }
        let codes: HashSet<i64> = self.entries().iter().map(|entry| entry["code"].as_i64().unwrap()).collect();
        (1..=i64::from(u16::MAX)).find(|code| !codes.contains(code)).unwrap().to_string()
    }

    /// `unknown_code` as a literal: a number, or a double-quoted string.
    fn unknown_literal(&self) -> String {
        if self.string_codes() { format!("\"{}\"", self.unknown_code()) } else { self.unknown_code() }
    }

    /// A code as the programs read it: the number, or the hex of a string.
    fn code_input(&self, code: &str) -> String {
        if self.string_codes() { hex(code) } else { code.to_owned() }
    }

    /// What the programs read: the declared languages, then a code and a
    /// name per entry, then a code and a name that are not in the catalogue.
    fn input(&self) -> String {
        let mut input = String::from("languages");
        for language in self.languages() {
            let _ = write!(input, "\t{}", hex(&language));
        }
        input.push('\n');
        for entry in self.entries() {
            let code = entry["code"].as_str().map_or_else(|| entry["code"].to_string(), str::to_owned);
            let _ = writeln!(input, "entry\t{}\t{}", self.code_input(&code), hex(entry["name"].as_str().unwrap()));
        }
        let _ = writeln!(input, "unknown\t{}\t{}", self.code_input(&self.unknown_code()), hex("no such name \u{202e}"));
        input
    }

    /// What the programs must print for `input`: the languages the API
    /// declares, then for each entry the entry found by its name and the
    /// entry found by its code (the first with it), then two misses.
    fn expected(&self) -> String {
        let languages = self.languages();
        let mut out = String::from("L");
        for language in &languages {
            let _ = write!(out, "\tx{}", hex(language));
        }
        out.push('\n');
        let mut first: HashMap<String, &Value> = HashMap::new();
        for entry in self.entries() {
            first.entry(entry["code"].to_string()).or_insert(entry);
        }
        let line = |kind: &str, entry: &Value| {
            let mut line = format!(
                "{kind}\t{}\tx{}\tx{}",
                Self::shown_code(&entry["code"]),
                hex(entry["name"].as_str().unwrap()),
                hex(entry["message"].as_str().unwrap())
            );
            for language in &languages {
                let text = entry["texts"].as_array().unwrap().iter().find(|text| text["language"] == language.as_str());
                match text {
                    Some(text) => {
                        let _ = write!(line, "\tx{}", hex(text["text"].as_str().unwrap()));
                    }
                    None => line.push_str("\t-"),
                }
            }
            line.push('\n');
            line
        };
        for entry in self.entries() {
            out.push_str(&line("N", entry));
            out.push_str(&line("C", first[&entry["code"].to_string()]));
        }
        out.push_str("N\tMISSING\nC\tMISSING\n");
        out
    }
}

fn hex(text: &str) -> String {
    text.bytes().fold(String::new(), |mut hex, byte| {
        let _ = write!(hex, "{byte:02x}");
        hex
    })
}

fn catalogues() -> Vec<Catalogue> {
    let builtin = BUILTIN.iter().map(|&system| (system, vec![]));
    let generated = GENERATED.iter().map(|&system| (system, vec!["--catalog", FIXTURE]));
    let string_coded = STRING_CODED.iter().map(|&system| (system, vec!["--catalog", STRINGS]));
    builtin
        .chain(generated)
        .chain(string_coded)
        .map(|(system, global)| {
            let mut args = global.clone();
            args.extend(["export", system, "--format", "json"]);
            Catalogue { system: system.to_owned(), json: errcat(&args).json(), global }
        })
        .collect()
}

/// Compares a program's output with `expected`, naming the first entry
/// that differs.
#[track_caller]
fn assert_output(language: &str, catalogue: &Catalogue, output: &[u8]) {
    let output = std::str::from_utf8(output).expect("the programs print ASCII");
    let expected = catalogue.expected();
    for (number, (got, want)) in output.lines().zip(expected.lines()).enumerate() {
        let entry =
            number.checked_sub(1).map(|line| &catalogue.entries()[(line / 2).min(catalogue.entries().len() - 1)]);
        assert_eq!(
            got,
            want,
            "{language}, {}: line {} differs (entry {})",
            catalogue.system,
            number + 1,
            entry.map_or("-".to_owned(), |entry| entry["name"].to_string())
        );
    }
    assert_eq!(output.lines().count(), expected.lines().count(), "{language}, {}: line count", catalogue.system);
}

fn timed(language: &str, started: Instant) {
    notice(&format!("polyglot {language}: {:.1} s", started.elapsed().as_secs_f64()));
}

// ---------------------------------------------------------------------------
// TypeScript

const TS_PROGRAM: &str = r#"import * as catalogue from "./{module}";

declare const process: { argv: string[]; stdout: { write(text: string): boolean } };
declare function require(name: "fs"): { readFileSync(path: string, encoding: "utf8"): string };

const show = (text: string): string =>
  "x" + Array.from(new TextEncoder().encode(text), (byte) => byte.toString(16).padStart(2, "0")).join("");
const unhex = (text: string): string => {
  const bytes = new Uint8Array(text.length / 2);
  for (let at = 0; at < bytes.length; at++) {
    bytes[at] = parseInt(text.slice(2 * at, 2 * at + 2), 16);
  }
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
};

// The union types are as narrow as the catalogue.
// @ts-expect-error: no entry has this code
const wrongCode: catalogue.{system}Code = {unknown};
// @ts-expect-error: no entry has this name
const wrongName: catalogue.{system}Name = "no such name";
const names: readonly catalogue.{system}Name[] = catalogue.entries.map((entry) => entry.name);
const keys: readonly catalogue.{system}Key[] = Object.keys(catalogue.{system}) as catalogue.{system}Key[];
void wrongCode;
void wrongName;
if (names.length !== keys.length) {
  throw new Error("entries and keys differ");
}

const [head, ...lines] = require("fs").readFileSync(process.argv[2] ?? "", "utf8").trimEnd().split("\n");
const languages = (head ?? "").split("\t").slice(1).map(unhex);
const show_entry = (kind: string, entry: catalogue.{system}Entry | undefined): string => {
  if (entry === undefined) {
    return `${kind}\tMISSING\n`;
  }
  const texts = languages.map((language) => {
    const text = entry.messageIn(language);
    return text === undefined ? "-" : show(text);
  });
  return [kind, {show_code}(entry.code), show(entry.name), show(entry.message), ...texts].join("\t") + "\n";
};
let out = ["L", ...catalogue.languages.map(show)].join("\t") + "\n";
for (const line of lines) {
  const [, code, name] = line.split("\t");
  out += show_entry("N", catalogue.fromName(unhex(name ?? "")));
  out += show_entry("C", catalogue.fromCode({parse_code}(code ?? "")));
}
process.stdout.write(out);
"#;

#[test]
fn typescript_exports_pass_tsc_strict_and_look_up_every_entry() {
    let Some(tsc) = available("typescript", toolchains::tsc()) else { return };
    let Some(node) = available("typescript", toolchains::on_path("node").ok_or("node is not on PATH".to_owned()))
    else {
        return;
    };
    let catalogues = catalogues();
    let dir = work_dir("polyglot/typescript");
    let mut files = Vec::new();
    for catalogue in &catalogues {
        let module = catalogue.module();
        write(&dir.join(format!("{module}.ts")), &catalogue.export("typescript"));
        let program = TS_PROGRAM
            .replace("{module}", &module)
            .replace("{system}", &catalogue.system)
            .replace("{unknown}", &catalogue.unknown_literal())
            .replace("{show_code}", if catalogue.string_codes() { "show" } else { "String" })
            .replace("{parse_code}", if catalogue.string_codes() { "unhex" } else { "Number" });
        write(&dir.join(format!("lookup_{module}.ts")), &program);
        write(&dir.join(format!("{module}.input")), &catalogue.input());
        files.push(format!("\"lookup_{module}.ts\""));
    }
    // Strict, and the stricter checks a demanding project turns on too.
    write(
        &dir.join("tsconfig.json"),
        &format!(
            r#"{{
  "compilerOptions": {{
    "strict": true, "noUnusedLocals": true, "noUnusedParameters": true, "noImplicitReturns": true,
    "noUncheckedIndexedAccess": true, "exactOptionalPropertyTypes": true, "noPropertyAccessFromIndexSignature": true,
    "noFallthroughCasesInSwitch": true, "noEmitOnError": true,
    "target": "ES2020", "module": "commonjs", "lib": ["ES2020", "DOM"], "types": [], "outDir": "out"
  }},
  "files": [{}]
}}
"#,
            files.join(", ")
        ),
    );
    let started = Instant::now();
    run(Command::new(&tsc).args(["--project", "tsconfig.json", "--strict"]).current_dir(&dir));
    timed(&format!("tsc ({} catalogues)", catalogues.len()), started);
    let started = Instant::now();
    for catalogue in &catalogues {
        let module = catalogue.module();
        let output = run(Command::new(&node)
            .arg(format!("out/lookup_{module}.js"))
            .arg(format!("{module}.input"))
            .current_dir(&dir));
        assert_output("TypeScript", catalogue, &output.stdout);
    }
    timed(&format!("node ({} programs)", catalogues.len()), started);
}

// ---------------------------------------------------------------------------
// Go

const GO_PROGRAM: &str = r#"package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"strings"

	catalogue "errcat.test/polyglot/{package}"
)

func unhex(text string) string {
	bytes, err := hex.DecodeString(text)
	if err != nil {
		panic(err)
	}
	return string(bytes)
}

func show(text string) string {
	return "x" + hex.EncodeToString([]byte(text))
}

func texts(languages []string, messageIn func(string) (string, bool)) string {
	var out strings.Builder
	for _, language := range languages {
		if text, ok := messageIn(language); ok {
			out.WriteString("\t" + show(text))
		} else {
			out.WriteString("\t-")
		}
	}
	return out.String()
}

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	var languages []string
	for _, field := range strings.Split(lines[0], "\t")[1:] {
		languages = append(languages, unhex(field))
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprint(out, "L")
	for _, language := range catalogue.Languages() {
		fmt.Fprint(out, "\t"+show(language))
	}
	fmt.Fprintln(out)
	if len(catalogue.Entries()) != len(lines)-2 {
		panic("Entries() misses entries")
	}
	for _, line := range lines[1:] {
		fields := strings.Split(line, "\t")
		{parse_code}
		name := unhex(fields[2])
		if value, ok := catalogue.FromName(name); ok {
			entry, found := catalogue.Lookup(name)
			if !found || entry.Code != value {
				panic("FromName and Lookup disagree on " + name)
			}
			fmt.Fprintf(out, "N\t%s\t%s\t%s%s\n", {show_code}, show(entry.Name), show(entry.Message), texts(languages, entry.MessageIn))
		} else {
			fmt.Fprint(out, "N\tMISSING\n")
		}
		if value, ok := catalogue.FromCode(code); ok {
			fmt.Fprintf(out, "C\t%s\t%s\t%s%s\n", {show_code}, show(value.String()), show(value.Message()), texts(languages, value.MessageIn))
		} else {
			fmt.Fprint(out, "C\tMISSING\n")
		}
	}
}
"#;

fn go_type(code_type: &str) -> &'static str {
    match code_type {
        "str" => "string",
        "i8" => "int8",
        "i16" => "int16",
        "i64" => "int64",
        "u8" => "uint8",
        "u16" => "uint16",
        "u32" => "uint32",
        "u64" => "uint64",
        _ => "int32",
    }
}

#[test]
fn go_exports_are_gofmt_and_vet_clean_and_look_up_every_entry() {
    let Some(tools) = available("go", toolchains::debian(&["go", "gofmt"], &["golang-go"])) else { return };
    let (go, gofmt) = (&tools[0], &tools[1]);
    let catalogues = catalogues();
    let dir = work_dir("polyglot/go");
    write(&dir.join("go.mod"), "module errcat.test/polyglot\n\ngo 1.19\n");
    let mut packages = Vec::new();
    for catalogue in &catalogues {
        let source = catalogue.export("go");
        let package =
            source.lines().find_map(|line| line.strip_prefix("package ")).expect("a package clause").to_owned();
        write(&dir.join(&package).join(format!("{package}.go")), &source);
        let (parse_code, show_code) = if catalogue.string_codes() {
            ("code := unhex(fields[1])".to_owned(), "show(string(value))")
        } else {
            let parse = format!(
                "var parsed int64\n\t\tif _, err := fmt.Sscan(fields[1], &parsed); err != nil {{\n\t\t\tpanic(err)\n\t\t}}\n\t\tcode := {}(parsed)",
                go_type(catalogue.code_type())
            );
            (parse, "fmt.Sprint(int64(value))")
        };
        let program = GO_PROGRAM
            .replace("{package}", &package)
            .replace("{parse_code}", &parse_code)
            .replace("{show_code}", show_code);
        write(&dir.join("cmd").join(&package).join("main.go"), &program);
        write(&dir.join(format!("{package}.input")), &catalogue.input());
        packages.push(package);
    }
    let cache = toolchains::cache().join("go");
    let go_command = |args: &[&str]| {
        let mut command = Command::new(go);
        command
            .args(args)
            .current_dir(&dir)
            .env("GOCACHE", cache.join("build"))
            .env("GOPATH", cache.join("path"))
            .env("GOFLAGS", "-mod=mod")
            .env("GOPROXY", "off")
            .env("GO111MODULE", "on")
            .env("GOTOOLCHAIN", "local");
        command
    };
    let started = Instant::now();
    let unformatted = run(Command::new(gofmt).arg("-l").args(&packages).current_dir(&dir));
    assert_eq!(String::from_utf8_lossy(&unformatted.stdout), "", "gofmt -l lists files it would change");
    timed(&format!("gofmt -l ({} packages)", catalogues.len()), started);
    let started = Instant::now();
    run(&mut go_command(&["vet", "./..."]));
    timed(&format!("go vet ({0} packages, {0} programs)", catalogues.len()), started);
    let started = Instant::now();
    std::fs::create_dir_all(dir.join("bin")).unwrap();
    run(&mut go_command(&["build", "-o", "bin/", "./cmd/..."]));
    for (catalogue, package) in catalogues.iter().zip(&packages) {
        let output = run(Command::new(dir.join("bin").join(package)).arg(format!("{package}.input")).current_dir(&dir));
        assert_output("Go", catalogue, &output.stdout);
    }
    timed(&format!("go build and run ({} programs)", catalogues.len()), started);
}

// ---------------------------------------------------------------------------
// Python: mypy, the lookups, and the JSON Schemas

const PY_PROGRAM: &str = r#"import sys

from {module} import LANGUAGES, {system}


def show(text: str) -> str:
    return "x" + text.encode("utf-8").hex()


def unhex(text: str) -> str:
    return bytes.fromhex(text).decode("utf-8")


def texts(languages: list[str], found: {system} | None, name: str | None) -> str:
    out = ""
    for language in languages:
        entry = {system}.lookup(name) if name is not None else None
        text = entry.message_in(language) if entry is not None else found.message_in(language) if found is not None else None
        out += "\t-" if text is None else "\t" + show(text)
    return out


def main() -> None:
    with open(sys.argv[1], encoding="utf-8", newline="\n") as file:
        lines = file.read().rstrip("\n").split("\n")
    languages = [unhex(field) for field in lines[0].split("\t")[1:]]
    out = ["\t".join(["L", *(show(language) for language in LANGUAGES)])]
    for line in lines[1:]:
        _, code, hex_name = line.split("\t")
        name = unhex(hex_name)
        member = {system}.from_name(name)
        entry = {system}.lookup(name)
        if member is None or entry is None:
            out.append("N\tMISSING")
        else:
            assert member is {system}(entry.code) and member.value == entry.code
            out.append(f"N\t{{show_code}(member.value)}\t{show(entry.name)}\t{show(entry.message)}" + texts(languages, None, name))
        by_code = {system}.from_code({parse_code}(code))
        if by_code is None:
            out.append("C\tMISSING")
        else:
            first = by_code.entry
            out.append(f"C\t{{show_code}(by_code.value)}\t{show(first.name)}\t{show(by_code.message)}" + texts(languages, by_code, None))
    sys.stdout.write("\n".join(out) + "\n")


main()
"#;

/// Validates each schema against the 2020-12 meta-schema and checks its
/// enumerations against the export, then checks that the reply bodies of
/// the entries are valid, with and without `detail`, and that a body with a
/// code and a name of different entries, an unknown code or no message is
/// not. A validation tries every `oneOf` branch, so on catalogues larger
/// than 30 entries the bodies of 30 entries, spread evenly, and of every
/// entry that shares a code are checked, and the invalid bodies are made
/// from the first five of those, to keep the run short.
const SCHEMA_PROGRAM: &str = r#"import json
import sys

from jsonschema import Draft202012Validator

for schema_path, export_path in zip(sys.argv[1::2], sys.argv[2::2]):
    with open(schema_path, encoding="utf-8") as file:
        schema = json.load(file)
    with open(export_path, encoding="utf-8") as file:
        entries = json.load(file)["entries"]
    Draft202012Validator.check_schema(schema)
    assert schema["properties"]["name"]["enum"] == [entry["name"] for entry in entries]
    assert schema["properties"]["code"]["enum"] == list(dict.fromkeys(entry["code"] for entry in entries))
    assert len(schema["oneOf"]) == len(entries)
    validator = Draft202012Validator(schema)
    step = max(1, len(entries) // 30)
    sample = [e for at, e in enumerate(entries) if at % step == 0 or e["shares_code_with"]]
    for at, entry in enumerate(sample):
        body = {"code": entry["code"], "name": entry["name"], "message": entry["message"]}
        errors = list(validator.iter_errors(body))
        assert not errors, (entry["name"], [error.message for error in errors])
        if at >= 5:
            continue
        assert validator.is_valid({**body, "detail": "why \u202e */"}), entry["name"]
        assert not validator.is_valid({"code": body["code"], "name": body["name"]}), entry["name"]
        other = next((o for o in entries if o["code"] != entry["code"]), None)
        if other is not None:
            assert not validator.is_valid({**body, "name": other["name"]}), (entry["name"], other["name"])
    codes = {entry["code"] for entry in entries}
    if all(isinstance(code, str) for code in codes):
        assert schema["properties"]["code"]["type"] == "string"
        unknown: object = next(c for c in ("NoSuchCode", "22P0", "\u202e") if c not in codes)
        assert not validator.is_valid({**body, "code": 1})
    else:
        unknown = next(code for code in range(1, 1 << 20) if code not in codes)
    assert not validator.is_valid({"code": unknown, "name": entries[0]["name"], "message": ""})
    print(schema["title"], len(entries))
"#;

#[test]
fn python_exports_pass_mypy_strict_and_look_up_every_entry_and_schemas_validate() {
    let Some(packages) = available("python", toolchains::python_packages()) else { return };
    let catalogues = catalogues();
    let dir = work_dir("polyglot/python");
    let mut files = Vec::new();
    for catalogue in &catalogues {
        let module = catalogue.module();
        write(&dir.join(format!("{module}.py")), &catalogue.export("python"));
        write(
            &dir.join(format!("lookup_{module}.py")),
            &PY_PROGRAM
                .replace("{module}", &module)
                .replace("{system}", &catalogue.system)
                .replace("{show_code}", if catalogue.string_codes() { "show" } else { "str" })
                .replace("{parse_code}", if catalogue.string_codes() { "unhex" } else { "int" }),
        );
        write(&dir.join(format!("{module}.input")), &catalogue.input());
        files.push(format!("{module}.py"));
        files.push(format!("lookup_{module}.py"));
    }
    let python = |args: &[&str]| {
        let mut command = Command::new("python3");
        command.args(args).current_dir(&dir).env("PYTHONPATH", &packages).env("PYTHONDONTWRITEBYTECODE", "1");
        command
    };
    let started = Instant::now();
    let mypy_cache = toolchains::cache().join("mypy-cache");
    let mut mypy = python(&["-m", "mypy", "--strict", "--warn-unreachable", "--cache-dir"]);
    mypy.arg(&mypy_cache).args(&files);
    run(&mut mypy);
    timed(&format!("mypy --strict ({0} modules, {0} programs)", catalogues.len()), started);
    let started = Instant::now();
    for catalogue in &catalogues {
        let module = catalogue.module();
        let output = run(&mut python(&[&format!("lookup_{module}.py"), &format!("{module}.input")]));
        assert_output("Python", catalogue, &output.stdout);
    }
    timed(&format!("python ({} programs)", catalogues.len()), started);

    let started = Instant::now();
    let mut arguments = Vec::new();
    for catalogue in &catalogues {
        let module = catalogue.module();
        write(&dir.join(format!("{module}.schema.json")), &catalogue.export("json-schema"));
        write(&dir.join(format!("{module}.json")), &catalogue.export("json"));
        arguments.push(format!("{module}.schema.json"));
        arguments.push(format!("{module}.json"));
    }
    write(&dir.join("check_schemas.py"), SCHEMA_PROGRAM);
    let mut check = python(&["check_schemas.py"]);
    check.args(&arguments);
    let output = run(&mut check);
    let expected = catalogues.iter().fold(String::new(), |mut expected, catalogue| {
        let _ = writeln!(expected, "{} error {}", catalogue.system, catalogue.entries().len());
        expected
    });
    assert_eq!(String::from_utf8_lossy(&output.stdout), expected);
    timed(&format!("jsonschema ({} schemas)", catalogues.len()), started);
}

// ---------------------------------------------------------------------------
// Java

const JAVA_PROGRAM: &str = r#"import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class Lookup{system} {
    private Lookup{system}() {
    }

    static String show(String text) {
        StringBuilder out = new StringBuilder("x");
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append(String.format("%02x", b & 0xff));
        }
        return out.toString();
    }

    static String unhex(String text) {
        byte[] bytes = new byte[text.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(text.substring(2 * i, 2 * i + 2), 16);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static String line(String kind, Optional<{system}> found, List<String> languages) {
        if (found.isEmpty()) {
            return kind + "\tMISSING\n";
        }
        {system} entry = found.get();
        StringBuilder out = new StringBuilder(kind).append('\t').append({show_code}(entry.code())).append('\t')
                .append(show(entry.documentedName())).append('\t').append(show(entry.message()));
        for (String language : languages) {
            out.append('\t').append(entry.messageIn(language).map(Lookup{system}::show).orElse("-"));
        }
        return out.append('\n').toString();
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> languages = new ArrayList<>();
        String[] head = lines.get(0).split("\t", -1);
        for (int i = 1; i < head.length; i++) {
            languages.add(unhex(head[i]));
        }
        StringBuilder out = new StringBuilder("L");
        for (String language : {system}.languages()) {
            out.append('\t').append(show(language));
        }
        out.append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            out.append(line("N", {system}.fromName(unhex(fields[2])), languages));
            out.append(line("C", {system}.fromCode({parse_code}), languages));
        }
        System.out.print(out);
    }
}
"#;

#[test]
fn java_exports_compile_with_all_lints_as_errors_and_look_up_every_entry() {
    let Some(tools) = available("java", toolchains::debian(&["javac", "java"], &["default-jdk-headless"])) else {
        return;
    };
    let (javac, java) = (&tools[0], &tools[1]);
    let catalogues = catalogues();
    let dir = work_dir("polyglot/java");
    let mut sources = Vec::new();
    for catalogue in &catalogues {
        let system = &catalogue.system;
        write(&dir.join(format!("{system}.java")), &catalogue.export("java"));
        let (parse_code, show_code) = match catalogue.code_type() {
            "str" => ("unhex(fields[1])", "show"),
            "u32" | "i64" | "u64" => ("Long.parseLong(fields[1])", "String.valueOf"),
            _ => ("(int) Long.parseLong(fields[1])", "String.valueOf"),
        };
        write(
            &dir.join(format!("Lookup{system}.java")),
            &JAVA_PROGRAM
                .replace("{system}", system)
                .replace("{parse_code}", parse_code)
                .replace("{show_code}", show_code),
        );
        write(&dir.join(format!("{}.input", catalogue.module())), &catalogue.input());
        sources.push(format!("{system}.java"));
        sources.push(format!("Lookup{system}.java"));
    }
    let started = Instant::now();
    run(Command::new(javac)
        .args(["-Xlint:all", "-Werror", "-encoding", "UTF-8", "-d", "classes"])
        .args(&sources)
        .current_dir(&dir));
    timed(&format!("javac -Xlint:all -Werror ({0} enums, {0} programs)", catalogues.len()), started);
    let started = Instant::now();
    for catalogue in &catalogues {
        let output = run(Command::new(java)
            .args(["-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", "classes"])
            .arg(format!("Lookup{}", catalogue.system))
            .arg(format!("{}.input", catalogue.module()))
            .current_dir(&dir));
        assert_output("Java", catalogue, &output.stdout);
    }
    timed(&format!("java ({} programs)", catalogues.len()), started);
}

// ---------------------------------------------------------------------------
// protobuf

/// Prints what protoc compiled: each enum, whether it allows aliases, and
/// each value's name, number, deprecation and leading comment (hex).
const DESCRIPTOR_PROGRAM: &str = r#"import sys

from google.protobuf import descriptor_pb2

with open(sys.argv[1], "rb") as file:
    files = descriptor_pb2.FileDescriptorSet.FromString(file.read())
for proto in files.file:
    comments = {tuple(location.path): location.leading_comments for location in proto.source_code_info.location}
    for enum_index, enum in enumerate(proto.enum_type):
        print("E", proto.name, proto.package, enum.name, "alias" if enum.options.allow_alias else "-", sep="\t")
        for value_index, value in enumerate(enum.value):
            comment = comments.get((5, enum_index, 2, value_index), "")
            deprecated = "deprecated" if value.options.deprecated else "-"
            print("V", value.name, value.number, deprecated, comment.encode("utf-8").hex(), sep="\t")
"#;

/// The entry a value's comment describes: its name, primary message and
/// other messages, read back from the JSON strings the comment holds.
fn read_comment(comment: &str, languages: &[String]) -> (String, String, Vec<(String, String)>) {
    let mut lines = comment.lines().map(|line| line.strip_prefix(' ').unwrap_or(line));
    let first: serde_json::Map<String, Value> =
        serde_json::from_str(&format!("{{{}}}", lines.next().unwrap_or_default())).expect("\"NAME\": \"message\"");
    let (name, message) = first.into_iter().next().unwrap();
    let mut texts = Vec::new();
    for line in lines.take_while(|line| !line.is_empty()) {
        if let Some((language, text)) = line.split_once(": ")
            && languages.iter().any(|declared| declared == language)
        {
            texts.push((language.to_owned(), serde_json::from_str::<String>(text).expect("a JSON string")));
        }
    }
    (name, message.as_str().unwrap().to_owned(), texts)
}

#[test]
fn protobuf_exports_pass_protoc_and_hold_every_entry() {
    let Some(tools) = available("protobuf", toolchains::debian(&["protoc"], &["protobuf-compiler"])) else { return };
    let Some(packages) = available("protobuf", toolchains::python_packages()) else { return };
    let catalogues: Vec<Catalogue> = catalogues().into_iter().filter(|catalogue| !catalogue.string_codes()).collect();
    let dir = work_dir("polyglot/protobuf");
    let mut files = Vec::new();
    for catalogue in &catalogues {
        let file = format!("{}.proto", catalogue.module());
        write(&dir.join(&file), &catalogue.export("protobuf"));
        files.push(file);
    }
    let started = Instant::now();
    run(Command::new(&tools[0])
        .args(["--proto_path=.", "--include_source_info", "--descriptor_set_out=catalogues.pb", "--fatal_warnings"])
        .args(&files)
        .current_dir(&dir));
    timed(&format!("protoc ({} files)", catalogues.len()), started);
    write(&dir.join("descriptors.py"), DESCRIPTOR_PROGRAM);
    let output = run(Command::new("python3")
        .args(["descriptors.py", "catalogues.pb"])
        .env("PYTHONPATH", &packages)
        .current_dir(&dir));
    let output = String::from_utf8(output.stdout).unwrap();
    let mut enums: HashMap<String, (String, Vec<Vec<String>>)> = HashMap::new();
    let mut current = String::new();
    for line in output.lines() {
        let fields: Vec<String> = line.split('\t').map(str::to_owned).collect();
        if fields[0] == "E" {
            current = fields[3].clone();
            enums.insert(current.clone(), (fields[4].clone(), Vec::new()));
        } else {
            enums.get_mut(&current).unwrap().1.push(fields);
        }
    }
    for catalogue in &catalogues {
        let (alias, values) = &enums[&catalogue.system];
        let entries = catalogue.entries();
        let shared = entries.iter().any(|entry| !entry["shares_code_with"].as_array().unwrap().is_empty());
        assert_eq!(alias == "alias", shared, "{}: allow_alias exactly when codes are shared", catalogue.system);
        // proto3 wants 0 first: the first entry with code 0, or a value of its own.
        let zero = entries.iter().position(|entry| entry["code"] == 0);
        let mut order: Vec<usize> = zero.into_iter().collect();
        order.extend((0..entries.len()).filter(|&index| Some(index) != zero));
        let prefix = format!("{}_", catalogue.system.to_shouty_snake_case());
        let values = if zero.is_some() {
            &values[..]
        } else {
            assert_eq!(values[0][2], "0", "{}: the zero value comes first", catalogue.system);
            assert_eq!(values[0][1], format!("{prefix}UNSPECIFIED"), "{:?}", values[0]);
            &values[1..]
        };
        assert_eq!(values.len(), entries.len(), "{}: one value per entry", catalogue.system);
        let languages = catalogue.languages();
        for (value, &index) in values.iter().zip(&order) {
            let entry = &entries[index];
            assert!(value[1].starts_with(&prefix), "{}: {} has the enum's prefix", catalogue.system, value[1]);
            assert_eq!(value[2], entry["code"].to_string(), "{}: {}", catalogue.system, entry["name"]);
            assert_eq!(value[3] == "deprecated", !entry["deprecated"].is_null(), "{}", entry["name"]);
            let bytes: Vec<u8> = (0..value[4].len())
                .step_by(2)
                .map(|at| u8::from_str_radix(&value[4][at..at + 2], 16).unwrap())
                .collect();
            let (name, message, texts) = read_comment(&String::from_utf8(bytes).unwrap(), &languages);
            assert_eq!(name, entry["name"].as_str().unwrap(), "{}", catalogue.system);
            assert_eq!(message, entry["message"].as_str().unwrap(), "{}: {name}", catalogue.system);
            let expected: Vec<(String, String)> = entry["texts"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|text| text["language"].as_str() != languages.first().map(String::as_str) || message.is_empty())
                .map(|text| (text["language"].as_str().unwrap().to_owned(), text["text"].as_str().unwrap().to_owned()))
                .collect();
            assert_eq!(texts, expected, "{}: {name}", catalogue.system);
        }
    }
}

// ---------------------------------------------------------------------------
// Without toolchains

fn is_hazard(character: char) -> bool {
    (character.is_control() && character != '\n' && character != '\t')
        || matches!(character, '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{61c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

#[test]
fn exported_sources_hold_no_raw_control_or_bidi_character() {
    let generated = GENERATED.iter().map(|&system| (system, FIXTURE));
    for (system, fixture) in generated.chain(STRING_CODED.iter().map(|&system| (system, STRINGS))) {
        let global = ["--catalog", fixture];
        for format in ["typescript", "go", "python", "java", "protobuf", "json-schema"] {
            if fixture == STRINGS && format == "protobuf" {
                continue;
            }
            let mut args = global.to_vec();
            args.extend(["export", system, "--format", format]);
            let run = errcat(&args);
            assert_eq!(run.code, 0, "{}", run.stderr);
            let raw: Vec<String> =
                run.stdout.chars().filter(|&character| is_hazard(character)).map(|c| format!("{c:?}")).collect();
            assert!(raw.is_empty(), "{system} as {format}: raw {raw:?}");
        }
    }
}

#[test]
fn java_comments_hold_no_unicode_escape_and_javadoc_no_tag_from_text() {
    let run = errcat(&["--catalog", FIXTURE, "export", "Polyglot", "--format", "java"]);
    // S3's codes hold a backslash, `*/`, `${` and a bidi control, which its comments show.
    let strings = errcat(&["--catalog", STRINGS, "export", "S3", "--format", "java"]);
    for line in run
        .stdout
        .lines()
        .chain(strings.stdout.lines())
        .filter(|line| line.trim_start().starts_with('*') || line.trim_start().starts_with("//"))
    {
        assert!(!line.contains("\\u"), "javac reads \\u in a comment: {line}");
        assert!(!line.contains("*/") || line.trim() == "*/", "{line}");
        let text = line.trim_start().trim_start_matches('*').trim_start();
        let tag = ["@deprecated ", "@param ", "@return "].iter().any(|tag| text.starts_with(tag));
        assert!(!text.starts_with('@') || tag, "{line}");
    }
    assert!(run.stdout.contains("&#64;deprecated {&#64;link X}"), "text that looks like a tag is escaped");
}

#[test]
fn a_language_that_cannot_hold_a_code_says_so() {
    for (format, words) in [("typescript", "TypeScript numbers"), ("protobuf", "int32")] {
        let run = errcat(&["--catalog", FIXTURE, "export", "Big", "--format", format]);
        run.assert_bad_input("code 9007199254740993 of HUGE");
        assert!(run.stderr.contains(words), "{}", run.stderr);
        assert!(run.stdout.is_empty());
    }
    for format in ["go", "python", "java", "json-schema"] {
        let run = errcat(&["--catalog", FIXTURE, "export", "Big", "--format", format]);
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        assert!(run.stdout.contains("9007199254740993"), "{format}");
    }
}

#[test]
fn shared_codes_are_documented_in_every_language() {
    for (format, words) in [
        ("typescript", "`fromCode` returns the first entry declared with a code"),
        ("go", "String, Message and MessageIn give the first entry declared with that code"),
        ("python", "each later one is an enum alias of the first"),
        ("java", "fromCode returns the first declared with the code"),
        ("protobuf", "option allow_alias = true;"),
    ] {
        let run = errcat(&["--catalog", FIXTURE, "export", "Polyglot", "--format", format]);
        assert!(run.stdout.contains(words), "{format}: {words:?} not in the output");
        let mcsl = errcat(&["export", "Mcsl", "--format", format]);
        assert!(!mcsl.stdout.contains(words), "{format}: Mcsl shares no code");
    }
}

#[test]
fn help_and_readme_document_every_language_format() {
    let help = errcat(&["export", "--help"]).stdout;
    let readme = std::fs::read_to_string(support::package_path("README.md")).unwrap();
    for format in ["typescript", "go", "python", "java", "protobuf", "json-schema"] {
        assert!(help.contains(format), "{format} not in --help");
        assert!(readme.contains(&format!("### {format}\n")), "cli/README.md documents {format}");
        assert!(readme.contains(&format!("errcat export mcsl --format {format}")), "cli/README.md shows {format}");
    }
}

#[test]
fn sections_and_http_statuses_are_kept() {
    let cos = errcat(&["export", "Cos", "--format", "typescript"]).stdout;
    let line = cos.lines().find(|line| line.starts_with("  HTTP_BAD_REQUEST: ")).expect("Cos has HTTP_BAD_REQUEST");
    assert!(line.contains("code: 400,") && line.contains("http: 400, "), "{line}");
    let global = ["--catalog", FIXTURE];
    let export = |format: &str| {
        let mut args = global.to_vec();
        args.extend(["export", "Polyglot", "--format", format]);
        errcat(&args).stdout
    };
    // `#[http(404)]` on a section reaches its nested entries; one on an entry wins.
    let typescript = export("typescript");
    for (key, section, http) in [
        ("DEFAULT", "Outer::Inner", "404"),
        ("ENTRY", "Outer::Inner", "410"),
        ("FROM_CODE", "Outer::Inner::Deep", "404"),
    ] {
        let line = typescript.lines().find(|line| line.starts_with(&format!("  {key}: "))).unwrap();
        assert!(line.contains(&format!("section: \"{section}\", http: {http}, ")), "{line}");
    }
    assert!(typescript.contains("  // Section Outer::Inner::Deep, codes 150..=159: Deep in Inner."));
    assert!(export("go").contains("// Section Outer::Inner::Deep, codes 150..=159: Deep in Inner.\nconst ("));
    assert!(
        export("java")
            .contains("    FROM_CODE(150, \"FromCode\", \"ends with quote\\\"\", \"Outer::Inner::Deep\", 404, ")
    );
    assert!(export("python").contains("    Entry(162, \"Entry\", \"tab\\there\", ((\"en\", \"tab\\there\"), (\"zh\", \"制表\\t符\")), \"Outer::Inner\", 410),"));
    assert!(export("protobuf").contains("  // section: Outer::Inner\n  // HTTP status: 410\n  POLYGLOT_ENTRY = 162;"));
    assert!(export("json-schema").contains("\"x-http-status\": 410"));
}

#[test]
fn protobuf_cannot_hold_string_codes_and_says_so() {
    for (system, example) in [("SqlState", "\"00000\""), ("S3", "\"NoSuchKey\"")] {
        let run = errcat(&["--catalog", STRINGS, "export", system, "--format", "protobuf"]);
        run.assert_bad_input(&format!(
            "cannot export {system} as protobuf: its codes are strings (such as {example}), and protobuf enum values \
             are integers; export it as json, json-schema, typescript, go, python or java instead"
        ));
        assert!(run.stdout.is_empty(), "nothing lossy is written: {}", run.stdout);
    }
}

#[test]
fn string_codes_are_string_literals_in_every_language() {
    let export = |format: &str| {
        let run = errcat(&["--catalog", STRINGS, "export", "S3", "--format", format]);
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        run.stdout
    };
    let odd = r#""q\"\\\u202eé'`${x}*/""#;
    let typescript = export("typescript");
    assert!(typescript.contains(&format!("  ITS_ODD: {{ code: {odd}, name: ")), "{typescript}");
    assert!(typescript.contains("export function fromCode(code: string): S3Entry | undefined {"));
    assert!(typescript.contains("const byCode = new Map<string, S3Entry>();"));
    let go = export("go");
    assert!(go.contains("type S3 string\n"), "{go}");
    assert!(go.contains(&format!("\tItsOdd S3 = {odd}\n\n")), "{go}");
    assert!(go.contains("\tOddTwin S3 = "), "{go}");
    assert!(go.contains("func FromCode(code string) (S3, bool) {"));
    assert!(go.contains("return fmt.Sprintf(\"S3(%q)\", string(c))"));
    let python = export("python");
    assert!(python.contains("class S3(str, enum.Enum):"), "{python}");
    assert!(python.contains(&format!("    ITS_ODD = {odd}\n")), "{python}");
    assert!(python.contains("    def from_code(cls, code: str) -> S3 | None:"));
    assert!(python.contains("    code: str\n"));
    let java = export("java");
    assert!(java.contains("    private final String code;"), "{java}");
    assert!(java.contains("    public static Optional<S3> fromCode(String code) {"));
    assert!(java.contains(&format!("    ITS_ODD({odd}, \"It's \\\"odd\\\"\", ")), "{java}");
    // Comments show the code escaped, on the entry's own line.
    assert!(python.contains("    #: MARKUP (\"q|<b>&amp;</b>,\\n\"): a code with markup"), "{python}");
    assert!(go.contains("// Section Odd, codes starting with \"q\": Odd codes"), "{go}");
    let schema = export("json-schema");
    let schema: Value = serde_json::from_str(&schema).unwrap();
    assert_eq!(schema["properties"]["code"]["type"], "string");
    assert_eq!(schema["properties"]["code"]["enum"][4], "q\"\\\u{202e}é'`${x}*/");
    assert_eq!(schema["oneOf"][5]["properties"]["code"]["const"], "q\"\\\u{202e}é'`${x}*/");
}
