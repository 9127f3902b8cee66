# The two commands of the README, and what they need on a fresh Debian machine.
SWIFT ?= swift

.PHONY: run test lint deps pictures

run: deps
	$(SWIFT) run -c release prosperity run

test: deps
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict -r Sources Tests

# Renders the latest quarter's workbook (or WORKBOOK=path.xlsx) to PDF and PNG pages through
# LibreOffice, installing it when missing; see .ci/pictures.sh.
pictures: deps
	.ci/pictures.sh $(WORKBOOK)

# libxlsxwriter writes the workbooks; unzip lets the tests read them back.
deps:
	@if ! pkg-config --exists xlsxwriter 2>/dev/null || ! command -v unzip >/dev/null; then \
	  echo "installing libxlsxwriter-dev, pkg-config and unzip"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxlsxwriter-dev pkg-config unzip; \
	fi
