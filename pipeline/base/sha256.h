// SHA-256 of bytes, as lower-case hex: input files and output files in the manifest.
#pragma once

#include <string>
#include <string_view>

namespace kefu {

// OpenSSL's implementation through Poco::Crypto, which uses the CPU's SHA instructions
// (Poco::SHA2Engine is about six times slower, which matters for 400 MB of input).
std::string Sha256Hex(std::string_view bytes);

}  // namespace kefu
