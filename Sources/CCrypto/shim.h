// OpenSSL's EVP digest API (libcrypto), for SHA-256 only; see Sources/ProsperityKit/Support/SHA256.swift.
#include <openssl/err.h>
#include <openssl/evp.h>
