// The files of templates/, compiled into the binary (cmake/embed_templates.cmake).
#pragma once

#include <string>
#include <vector>

namespace kefu {

struct EmbeddedTemplate {
  std::string name;     // file name, e.g. "labels.zh.properties"
  std::string content;  // the file's bytes
};

const std::vector<EmbeddedTemplate>& EmbeddedTemplates();

}  // namespace kefu
