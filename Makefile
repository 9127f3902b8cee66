# The two commands of the README, and what they need on a fresh Debian machine.
SWIFT ?= swift

.PHONY: run test lint deps fuzz bench pictures check-xlsx

run: deps
	$(SWIFT) run -c release prosperity run

test: deps
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict -r Sources Tests

# Every workbook of the shipped data, both languages, checked by other programs: the OOXML schema
# (openxml-audit), a second reader (openpyxl) and gnumeric's recalculation; see .ci/check-xlsx.sh.
check-xlsx: deps
	.ci/check-xlsx.sh

# Renders the latest quarter's workbook (or WORKBOOK=path.xlsx) to PDF and PNG pages through
# LibreOffice, installing it when missing; see .ci/pictures.sh.
pictures: deps
	.ci/pictures.sh $(WORKBOOK)

# libxlsxwriter writes the workbooks; libcrypto (libssl-dev) hashes the inputs with SHA-256; unzip
# lets the tests read the workbooks back.
deps:
	@if ! pkg-config --exists xlsxwriter libcrypto 2>/dev/null || ! command -v unzip >/dev/null; then \
	  echo "installing libxlsxwriter-dev, libssl-dev, pkg-config and unzip"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxlsxwriter-dev libssl-dev pkg-config unzip; \
	fi

# libFuzzer over the CSV reader, the value/date parsers and the formula parser (see README).
FUZZ_SECONDS ?= 30
fuzz: deps
	$(SWIFT) build -c release --scratch-path .build-fuzz --product ProsperityFuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
	mkdir -p .build-fuzz/corpus
	cp Tests/ProsperityKitTests/Fuzz/Seeds/* .build-fuzz/corpus/
	.build-fuzz/release/ProsperityFuzz .build-fuzz/corpus -max_total_time=$(FUZZ_SECONDS) \
	  -max_len=8192 -rss_limit_mb=2048 -print_final_stats=1

# Speed and memory: whole commands timed with /usr/bin/time (see Benchmarks/run.sh and the README).
bench: deps
	bash Benchmarks/run.sh
