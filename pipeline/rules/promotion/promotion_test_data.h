// Hand-built Datasets for the tests of the promotion rules and their reports (header only, used
// by *_test.cc files): employees by id, then their scores, grades, honours, discipline,
// probation assessments and nominations, written the way a test reads best.
#pragma once

#include <string>
#include <vector>

#include "ingest/field_parsers.h"
#include "model/dataset.h"

namespace kefu::testing {

inline Date D(const std::string& text) { return *ParseDate(text); }
inline Month M(const std::string& text) { return *ParseMonth(text); }
inline Quarter Q(const std::string& text) { return *ParseQuarter(text); }

class DatasetBuilder {
 public:
  struct Person {
    std::string id;
    Grade grade = Grade::kJ;
    std::string hire;
    std::string grade_since;  // empty: the hire date
    std::string department = "客服部";
    std::string left_date;  // "-": left without a date
  };

  // `left_date` "-": left without a date.
  DatasetBuilder& Add(std::string id, Grade grade, std::string hire, std::string grade_since = "",
                      std::string department = "客服部", std::string left_date = "") {
    people_.push_back({std::move(id), grade, std::move(hire), std::move(grade_since),
                       std::move(department), std::move(left_date)});
    return *this;
  }
  DatasetBuilder& Score(const std::string& id, const std::string& month, double score) {
    scores_.push_back({id, month, static_cast<int>(score * 10 + 0.5)});
    return *this;
  }
  // Scores for consecutive months from `first`.
  DatasetBuilder& Scores(const std::string& id, const std::string& first,
                         const std::vector<double>& values) {
    Month m = M(first);
    for (double v : values) {
      Score(id, m.Iso(), v);
      m = m.Plus(1);
    }
    return *this;
  }
  DatasetBuilder& Grade4(const std::string& id, const std::string& quarter, char grade) {
    grades_.push_back({id, quarter, grade});
    return *this;
  }
  DatasetBuilder& Honour(const std::string& id, const std::string& date,
                         const std::string& title = "优秀客服") {
    honors_.push_back({id, date, title});
    return *this;
  }
  DatasetBuilder& Warning(const std::string& id, const std::string& date) {
    discipline_.push_back({id, date});
    return *this;
  }
  DatasetBuilder& ProbationResult(const std::string& id, const std::string& date, bool pass) {
    probation_.push_back({id, date, pass});
    return *this;
  }
  DatasetBuilder& Nominate(const std::string& id, const std::string& date, NominationStep step,
                           Grade target, const std::string& by) {
    nominations_.push_back({id, date, step, target, by});
    return *this;
  }

  Dataset Build() const {
    Dataset data;
    std::vector<Person> people = people_;
    std::sort(people.begin(), people.end(),
              [](const Person& a, const Person& b) { return a.id < b.id; });
    for (const Person& p : people) {
      Employee e;
      e.id = p.id;
      e.name = "N" + p.id;
      e.department = p.department;
      e.grade = p.grade;
      e.hire_date = D(p.hire);
      e.has_grade_since = !p.grade_since.empty();
      e.grade_since = p.grade_since.empty() ? e.hire_date : D(p.grade_since);
      if (!p.left_date.empty()) {
        e.left = true;
        if (p.left_date != "-") e.left_date = D(p.left_date);
      }
      data.employees.push_back(e);
    }
    auto index = [&](const std::string& id) { return *data.FindEmployee(id); };
    for (const auto& [id, month, tenths] : scores_) {
      data.scores.push_back({index(id), M(month), tenths, {}});
    }
    for (const auto& [id, quarter, grade] : grades_) {
      QuarterlyGrade g;
      g.employee = index(id);
      g.quarter = Q(quarter);
      g.grade = static_cast<QuarterGrade>(grade - 'A');
      data.quarter_grades.push_back(g);
    }
    for (const auto& [id, date, title] : honors_) {
      data.honors.push_back({index(id), D(date), title, {}});
    }
    for (const auto& [id, date] : discipline_) {
      Discipline d;
      d.employee = index(id);
      d.date = D(date);
      d.clause = "篇1 三.6";
      d.note = "note";
      data.discipline.push_back(d);
    }
    for (const auto& [id, date, pass] : probation_) {
      data.probations.push_back({index(id), D(date), pass, {}});
    }
    for (const auto& [id, date, step, target, by] : nominations_) {
      Nomination n;
      n.employee = index(id);
      n.date = D(date);
      n.step = step;
      n.target_grade = target;
      n.by = by;
      data.nominations.push_back(n);
    }
    data.BuildIndexes();
    return data;
  }

 private:
  struct ScoreRow {
    std::string id, month;
    int tenths;
  };
  struct GradeRow {
    std::string id, quarter;
    char grade;
  };
  struct HonourRow {
    std::string id, date, title;
  };
  struct DisciplineRow {
    std::string id, date;
  };
  struct ProbationRow {
    std::string id, date;
    bool pass;
  };
  struct NominationRow {
    std::string id, date;
    NominationStep step;
    Grade target;
    std::string by;
  };
  std::vector<Person> people_;
  std::vector<ScoreRow> scores_;
  std::vector<GradeRow> grades_;
  std::vector<HonourRow> honors_;
  std::vector<DisciplineRow> discipline_;
  std::vector<ProbationRow> probation_;
  std::vector<NominationRow> nominations_;
};

}  // namespace kefu::testing
