//! The `slotpy` command: a thin client of the library.

use slotpy::{Runtime, Tier};
use std::process::ExitCode;

const HELP: &str = "\
usage: slotpy [OPTIONS] FILE [ARGS...]
       slotpy [OPTIONS] -c CODE [ARGS...]
       slotpy dis FILE        list the register code of every code object
       slotpy scopes FILE     print the symbol table (CPython's symtable format)
       slotpy explain FILE [ARGS...]
                              run FILE, then tell how each name was resolved
                              (register, cell, global, name lookup) and how often

Runs a Python 3.13 program. Function bodies run in the tier chosen with
--tier; module code, class bodies and exec/eval code always use
dictionary namespaces (the `name` tier).

options:
  --tier=name|fast|jit   name: dict namespaces everywhere (function bodies too)
                         fast: locals in registers, interpreted
                         jit:  fast, with hot loops compiled to native code (default)
  --jit-threshold=N      loop back-edges before a loop is compiled (default 1000)
  --stats                print per-loop and per-function jit statistics to stderr at exit
  --jit-dump             print the optimized Cranelift IR of each compiled loop or function
  --tier-events=FILE     write jit compile/deopt/reject events as JSON lines
  -c CODE                run CODE instead of a file
  --version              print the version
  -h, --help             print this help

A subcommand name wins over a file of the same name: run `./dis` to run a
file called dis.";

struct Cli {
    tier: Tier,
    jit_threshold: u32,
    stats: bool,
    jit_dump: bool,
    tier_events: Option<String>,
    command: Command,
    args: Vec<String>,
}

enum Command {
    Run(String),
    Code(String),
    Dis(String),
    Scopes(String),
    Explain(String),
    Version,
    Help,
}

fn parse() -> Result<Cli, lexopt::Error> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut tier = Tier::Jit;
    let mut jit_threshold = 1000;
    let (mut stats, mut jit_dump, mut tier_events) = (false, false, None);
    let mut command = None;
    let mut args = Vec::new();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("tier") => {
                let v: String = parser.value()?.parse()?;
                tier = match v.as_str() {
                    "name" => Tier::Name,
                    "fast" => Tier::Fast,
                    "jit" => Tier::Jit,
                    _ => return Err(format!("invalid tier '{v}' (use name, fast or jit)").into()),
                };
            }
            Long("jit-threshold") => jit_threshold = parser.value()?.parse()?,
            Long("stats") => stats = true,
            Long("jit-dump") => jit_dump = true,
            Long("tier-events") => tier_events = Some(parser.value()?.parse()?),
            Long("version") | Short('V') => command = Some(Command::Version),
            Long("help") | Short('h') => command = Some(Command::Help),
            Short('c') => {
                let code: String = parser.value()?.parse()?;
                args.push("-c".to_string());
                args.extend(parser.raw_args()?.map(|a| a.to_string_lossy().to_string()));
                command = Some(Command::Code(code));
            }
            Value(v) => {
                let v = v.string()?;
                let rest: Vec<String> = parser
                    .raw_args()?
                    .map(|a| a.to_string_lossy().to_string())
                    .collect();
                command = Some(match v.as_str() {
                    "explain" => {
                        let Some(file) = rest.first().cloned() else {
                            return Err("slotpy explain: missing FILE".into());
                        };
                        args.extend(rest);
                        Command::Explain(file)
                    }
                    "dis" | "scopes" => {
                        let Some(file) = rest.first().cloned() else {
                            return Err(format!("slotpy {v}: missing FILE").into());
                        };
                        if v == "dis" {
                            Command::Dis(file)
                        } else {
                            Command::Scopes(file)
                        }
                    }
                    _ => {
                        args.push(v.clone());
                        args.extend(rest);
                        Command::Run(v)
                    }
                });
            }
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(Cli {
        tier,
        jit_threshold,
        stats,
        jit_dump,
        tier_events,
        command: command.unwrap_or(Command::Help),
        args,
    })
}

fn read(path: &str) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|e| {
        eprintln!("slotpy: can't open file '{path}': {e}");
        ExitCode::from(2)
    })
}

fn main() -> ExitCode {
    let cli = match parse() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("slotpy: {e}\n\n{HELP}");
            return ExitCode::from(2);
        }
    };
    let mut builder = Runtime::builder()
        .tier(cli.tier)
        .jit_threshold(cli.jit_threshold)
        .jit_stats(cli.stats)
        .jit_dump(cli.jit_dump)
        .argv(cli.args.clone());
    if let Some(path) = &cli.tier_events {
        match std::fs::File::create(path) {
            Ok(f) => builder = builder.tier_events(Box::new(std::io::BufWriter::new(f))),
            Err(e) => {
                eprintln!("slotpy: can't create '{path}': {e}");
                return ExitCode::from(2);
            }
        }
    }
    if matches!(cli.command, Command::Explain(_)) {
        builder = builder.explain();
    }
    let mut rt = builder.build();
    let result = match &cli.command {
        Command::Help => {
            println!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Command::Version => {
            println!(
                "slotpy {} (Python 3.13 semantics)",
                env!("CARGO_PKG_VERSION")
            );
            return ExitCode::SUCCESS;
        }
        Command::Dis(file) | Command::Scopes(file) => {
            let src = match read(file) {
                Ok(s) => s,
                Err(c) => return c,
            };
            let out = if matches!(cli.command, Command::Dis(_)) {
                rt.dis(&src, file)
            } else {
                rt.scopes(&src, file)
            };
            match out {
                Ok(text) => {
                    print!("{text}");
                    return ExitCode::SUCCESS;
                }
                Err(e) => Err(e),
            }
        }
        Command::Code(code) => rt.run_source(code, "<string>"),
        Command::Run(file) | Command::Explain(file) => {
            if !std::path::Path::new(file).is_file() {
                eprintln!("slotpy: can't open file '{file}': [Errno 2] No such file or directory");
                return ExitCode::from(2);
            }
            rt.run_file(file)
        }
    };
    if let Some(report) = rt.explain_report() {
        // After the program's own output and any traceback.
        let code = match &result {
            Ok(()) => 0,
            Err(e) => rt.report(e),
        };
        rt.flush();
        println!("\n{}", report.trim_end());
        return ExitCode::from(code.clamp(0, 255) as u8);
    }
    let code = match result {
        Ok(()) => 0,
        Err(e) => rt.report(&e),
    };
    rt.exit(code.clamp(0, 255))
}
